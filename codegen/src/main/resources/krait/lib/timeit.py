"""timeit: timing small pieces of code (callables, or statements compiled in memory)."""
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _callable(code, name, globals_):
    if callable(code):
        return code
    if isinstance(code, str):
        compiled = compile(code, "<timeit-%s>" % name, "exec")
        namespace = globals_ if globals_ is not None else {}
        return lambda: exec(compiled, namespace)
    raise ValueError("%s is neither a string nor callable" % name)


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        self._setup = _callable(setup, "setup", namespace)
        self._stmt = _callable(stmt, "stmt", namespace)

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        timer = self.timer
        start = timer()
        for _ in range(number):
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
