import warnings


def old_api(level=2):
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=level)
    return 'old'


def noisy():
    warnings.warn('noisy library')


def wrapper(level):
    return old_api(level)


def pending(text):
    warnings.warn(text)
