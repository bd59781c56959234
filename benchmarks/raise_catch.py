# Issue 4 (c): raise and catch a user exception in a tight loop.
class Oops(Exception):
    pass


def check(i):
    if i % 3 != 5:
        raise Oops(i)
    return i


caught = 0
for i in range(1_000_000):
    try:
        raise Oops()
    except Oops:
        caught += 1
    try:
        check(i)
    except Oops as e:
        caught += e.args[0] & 1
print(caught)
