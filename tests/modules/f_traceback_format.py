# traceback.format_exception: one string per frame and per chaining message; notes; no "Did you mean"
# hints (3.11 prints those only for uncaught exceptions); exception groups drawn in boxes.
import traceback


def show(text):
    print(text.replace(__file__, "FILE"))


class C:
    def __init__(self):
        self.value = 1


try:
    C().valeu
except AttributeError:
    show(traceback.format_exc())
try:
    try:
        1 / 0
    except Exception as e:
        e.add_note("note here")
        raise KeyError("k") from e
except Exception as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    show("".join(lines))
    print(traceback.format_exception_only(type(e), e))
try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
except ExceptionGroup as e:
    show("".join(traceback.format_exception(e)))
