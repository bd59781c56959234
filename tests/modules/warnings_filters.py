# warnings: default filters, the actions and their registries, filterwarnings' regexes and lineno, errors,
# catch_warnings(record=True), replaced showwarning/formatwarning, warn_explicit and the printed form.
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class ToStdout:
    """sys.stderr for this test: what warnings print, with this directory's path removed."""
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ''))

    def flush(self):
        pass


sys.stderr = ToStdout()

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def say(text, category=UserWarning):
    warnings.warn(text, category)


def loop(text, n=2):
    for _ in range(n):
        say(text)


print('-- default: once per (text, category, line)')
loop('hello')
say('hello')
say('other')
warnings.warn('top level')
warnings.warn('top level')
print('-- DeprecationWarning: shown in __main__, ignored elsewhere')
warnings.warn('main deprecation', DeprecationWarning)
say('function deprecation', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('import', ImportWarning)
warnings.warn('resource', ResourceWarning)
warnings.warn('runtime', RuntimeWarning)
warnings.warn(SyntaxWarning('a warning instance'))
warnings.warn(FutureWarning('instance beats category'), UserWarning)
warnings.warn(12345)

print('-- always / ignore / error')
warnings.simplefilter('always')
loop('again')
warnings.simplefilter('ignore', UserWarning)
say('silent')
warnings.warn('still shown', RuntimeWarning)
warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('boom', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', type(e).__name__, e, e.args)
inst = BytesWarning('the instance itself')
warnings.simplefilter('error')
try:
    warnings.warn(inst)
except BytesWarning as e:
    print('same instance:', e is inst)

print('-- once / module')
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter('once')
for i in range(2):
    say('once text')
    warnings.warn('once text')
warnings.simplefilter('module')
for i in range(2):
    say('module text')
    warnings.warn('module text')

print('-- filterwarnings')
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='noisy')
warnings.filterwarnings('error', message='.*fatal', category=UserWarning)
warnings.filterwarnings('always', module='__main__', lineno=0)
say('noisy and case')
say('NOISY upper case')
say('this one is not noisy')
try:
    say('a FATAL one')
except UserWarning as e:
    print('error:', e)
warnings.resetwarnings()
warnings.filterwarnings('ignore', module='other')
say('module regex does not match __main__')
warnings.resetwarnings()
warnings.simplefilter('always')
line = sys._getframe().f_lineno + 2
warnings.filterwarnings('ignore', lineno=line)
warnings.warn('ignored by line number')
warnings.warn('a line further, shown')
print([f[0] for f in warnings.filters])
warnings.simplefilter('always')
warnings.simplefilter('always')
warnings.simplefilter('ignore', append=True)
warnings.simplefilter('ignore', append=True)
print([(f[0], f[2].__name__) for f in warnings.filters])

print('-- catch_warnings')
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    say('recorded 1')
    warnings.warn('recorded 2', DeprecationWarning)
    warnings.warn(UnicodeWarning('recorded 3'))
for w in log:
    print(type(w).__name__, repr(w.message), w.category.__name__, os.path.basename(w.filename), w.lineno, w.file, w.line)
print(str(log[0]).replace(HERE, ''))
print(warnings.filters)
with warnings.catch_warnings(action='ignore'):
    say('ignored inside')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        say('error inside')
    except UserWarning as e:
        print('caught', e)
say('outside, default again')
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

print('-- showwarning / formatwarning replaced')
def my_show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', repr(message), category.__name__, os.path.basename(filename), lineno, file, line)
saved_show = warnings.showwarning
warnings.showwarning = my_show
warnings.simplefilter('always')
say('to my_show')
with warnings.catch_warnings(record=True) as log:
    say('recorded, not shown')
print(len(log))
warnings.showwarning = saved_show
def my_format(message, category, filename, lineno, line=None):
    return 'FORMAT %s %s %s %s\n' % (message, category.__name__, os.path.basename(filename), line)
saved_format = warnings.formatwarning
warnings.formatwarning = my_format
say('through my_format')
warnings.formatwarning = saved_format
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 3)))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 3, line='   given line   ')))
print(repr(warnings.formatwarning(UserWarning('inst'), UserWarning, 'file.py', 3, line='')))
warnings.showwarning('direct', RuntimeWarning, 'nofile.py', 7)
warnings.showwarning('direct with line', RuntimeWarning, 'nofile.py', 7, line='x = 1')
warnings.showwarning('to a file', RuntimeWarning, 'nofile.py', 8, file=sys.stdout)
warnings.showwarning = 42
try:
    say('bad hook')
except TypeError as e:
    print(e)
warnings.showwarning = saved_show
warnings.warn('with a source', ResourceWarning, source=object())

print('-- warn_explicit')
warnings.resetwarnings()
reg = {}
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 10)
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 10, registry=reg)
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 10, registry=reg)
print(reg)
warnings.filterwarnings('ignore', module='some/file')
warnings.warn_explicit('module from the file name', UserWarning, 'some/file.py', 11)
warnings.warn_explicit('module given', UserWarning, 'some/file.py', 12, module='mod')
try:
    warnings.warn_explicit('bad registry', UserWarning, 'f.py', 1, registry=[])
except TypeError as e:
    print(e)

print('-- errors')
for bad in [str, 'UserWarning', None.__class__, Exception, 3]:
    try:
        warnings.warn('x', bad)
    except TypeError as e:
        print('TypeError:', e)
for args in [('bogus',), ('always', str), ('always', Warning, -1)]:
    try:
        warnings.simplefilter(*args)
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    warnings.filterwarnings('ignore', message=3)
except AssertionError as e:
    print('AssertionError', e)
warnings.filters.insert(0, ('always', None, Warning))
try:
    warnings.warn('short filter')
except ValueError as e:
    print('ValueError', e)
warnings.resetwarnings()
warnings.filters.insert(0, ('nonsense', None, Warning, None, 0))
try:
    warnings.warn('bad action')
except RuntimeError as e:
    print('RuntimeError', e)
warnings.resetwarnings()
print('done')
