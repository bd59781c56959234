# What warnings print on the real sys.stderr, next to the traceback of an 'error' action.
import warnings


def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)


def noisy(n):
    warnings.warn('noisy %d' % (n % 2))


for i in range(3):
    noisy(i)
old()
warnings.warn(
    'a call over two lines')
warnings.warn('deep', stacklevel=9)
warnings.warn_explicit('explicit', UserWarning, 'nowhere.py', 3)
warnings.simplefilter('error')
old()
