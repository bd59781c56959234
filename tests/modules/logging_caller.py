# logging's caller information: %(lineno)d %(funcName)s %(pathname)s %(filename)s %(module)s come from the
# frame that logged (stacklevel frames out, logging's own frames skipped), stack_info, captureWarnings.
import io
import logging
import os
import sys
import warnings
from _warnpkg import logs

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Strip(io.StringIO):
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ''))
        return len(s)


handler = logging.StreamHandler(Strip())
handler.setFormatter(logging.Formatter(
    '%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s [%(pathname)s] %(message)s'))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)

logging.info('module level function')
root.info('root logger method')


def work():
    logging.debug('inside work')
    logging.getLogger('app').error('app logger in work')


work()


class Service:
    def run(self):
        logging.warning('in a method')
        [logging.warning('in a comprehension') for _ in range(1)]
        (lambda: logging.warning('in a lambda'))()


Service().run()
logs.from_library()
logs.helper('blames the caller of helper')


def wrapper():
    logs.helper('two levels up', level=3)


wrapper()
logging.warning('stacklevel too large', stacklevel=50)
logging.log(logging.ERROR, 'through log()')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('with exc_info')
rec = logging.LogRecord('n', logging.INFO, '/a/b/c.py', 7, 'm', (), None, 'fn')
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.pathname)
rec = logging.LogRecord('n', logging.INFO, None, 7, 'm', (), None)
print(rec.filename, rec.module)
print(repr(rec)[:30])
made = logging.makeLogRecord({'msg': 'made', 'lineno': 3})
print(made.msg, made.lineno, made.filename)

print('-- stack_info')


def deep():
    logging.info('with the stack', stack_info=True)


deep()

print('-- extra and findCaller')
logging.info('extra %(user)s', extra={'user': 'x'})
try:
    logging.info('clash', extra={'lineno': 1})
except KeyError as e:
    print('KeyError', e)
fn, lno, func, sinfo = root.findCaller()
print(os.path.basename(fn), lno, func, sinfo)

print('-- captureWarnings')
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s %(funcName)s %(message)s'))
logging.getLogger('py.warnings').addHandler(handler)
logging.getLogger('py.warnings').propagate = False
logging.captureWarnings(True)
warnings.warn('captured warning')
logging.captureWarnings(False)
sys.stderr = Strip()
warnings.warn('printed again')
print('done')
