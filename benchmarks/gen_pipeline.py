# Five chained generators over ten million integers.
def source(n):
    for i in range(n):
        yield i


def double(it):
    for x in it:
        yield x * 2


def odd_filter(it):
    for x in it:
        if x % 3:
            yield x


def add_one(it):
    for x in it:
        yield x + 1


def square_mod(it):
    for x in it:
        yield (x * x) % 1000003


print(sum(square_mod(add_one(odd_filter(double(source(10_000_000)))))))
