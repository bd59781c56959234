import logging, sys
logging.warning("careful %s", "now")
logging.info("hidden")
log = logging.getLogger("app.db")
log.error("failed %d times", 3)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
app = logging.getLogger("app")
app.addHandler(h)
app.setLevel(logging.DEBUG)
log.debug("debug via parent handler")
log.info("x=%(x)s", {"x": 5})
print(log.getEffectiveLevel(), logging.getLevelName(logging.INFO), app.isEnabledFor(logging.DEBUG), log.parent is app)
import io
buf = io.StringIO()
h.setStream(buf)
try:
    1 / 0
except ZeroDivisionError:
    app.exception("boom")
h.setStream(sys.stdout)
lines = buf.getvalue().splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])
app.propagate = False
app.warning("only on stdout")
f = logging.Formatter("{levelname}|{message}", style="{")
h.setFormatter(f)
app.critical("brace style")
