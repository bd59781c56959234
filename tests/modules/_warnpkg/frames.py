import collections
import sys

Point = collections.namedtuple('Point', 'x y')


def here():
    return sys._getframe()


def caller_name():
    return sys._getframe(1).f_code.co_name


def call(f, *args):
    return f(*args)


class Maker:
    def make(self):
        return collections.namedtuple('Made', 'a')
