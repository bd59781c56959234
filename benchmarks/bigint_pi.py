# 20,000 digits of pi with integer arithmetic (Machin's formula).
import sys


def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total


def main():
    sys.set_int_max_str_digits(100_000)
    digits = 20_000
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    s = str(pi // 10 ** 10)
    print(s[:30], s[-30:], len(s))


main()
