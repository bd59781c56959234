# warnings.warn's stacklevel: the warning is attributed (file, line, module registry) to the frame that many
# calls up; beyond the stack CPython blames line 1 of 'sys'. Library warnings follow the module filters.
import os
import random
import sys
import warnings
from _warnpkg import lib

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class ToStdout:
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ''))

    def flush(self):
        pass


sys.stderr = ToStdout()


def level(n):
    warnings.warn('level %d' % n, stacklevel=n)


def outer(n):
    level(n)


print('-- levels')
for n in (1, 2, 3, 0, -5):
    outer(n)
outer(4)
outer(50)
print(sys.__dict__.get('__warningregistry__'))
print('-- library code')
lib.old_api()                 # DeprecationWarning attributed to __main__: shown by the default filters
lib.old_api(1)                # attributed to _warnpkg.lib: ignored by default
lib.wrapper(3)                # two levels up: __main__ again
lib.noisy()
lib.noisy()
lib.pending('from the library')
print(sorted(k[0] for k in lib.__dict__.get('__warningregistry__', {}) if k != 'version'))
print(sorted(k[0] for k in __warningregistry__ if k != 'version'))
print('-- recorded')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    lib.old_api()
    lib.old_api(1)
    lib.wrapper(2)
    outer(2)
    outer(99)
    random.randrange(10.0)
    [warnings.warn('in a comprehension', stacklevel=1) for _ in range(1)]
    (lambda: warnings.warn('in a lambda', stacklevel=2))()

    def gen():
        warnings.warn('in a generator', stacklevel=2)
        yield 1
    for _ in gen():
        pass

    class K:
        warnings.warn('in a class body')

        def method(self):
            warnings.warn('in a method', stacklevel=2)
    K().method()
for w in log:
    print(w.category.__name__, str(w.message)[:40], os.path.basename(w.filename), w.lineno)
print('-- module filter on the library module')
warnings.filterwarnings('error', module=r'_warnpkg\.lib')
try:
    lib.noisy()
except UserWarning as e:
    print('error from', e)
lib.old_api()
warnings.filterwarnings('ignore', module='__main__')
lib.old_api()
print('done')
