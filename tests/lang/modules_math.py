import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.hypot(3, 4), math.dist([0, 0], [3, 4]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.perm(4), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.log(math.e), math.log(100, 10), math.log2(8), math.log10(0.001), math.log1p(0), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.radians(180))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.5), math.frexp(10), math.ldexp(0.625, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isinf(-math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.pow(2, 10), math.pow(2, 0.5), math.cosh(0), math.tanh(0), math.asin(1), math.acos(1))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.exp, (1000,)), (math.factorial, (-1,)),
                (math.factorial, (2.5,)), (math.acos, (2,)), (math.pow, (0, -1)), (math.comb, (-1, 2)), (math.isqrt, (-1,))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.gcd(), math.gcd(0, 0), math.floor(1e20), math.ceil(-0.5), math.log(2**1000) / math.log(2))
