class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain("a", 1)), str(Plain("a", 1)), str(Plain()))
class WithStr(Exception):
    def __str__(self): return "custom str"
print(WithStr("ignored"), repr(WithStr("x")))
