"""Krait's warnings: warn() prints 'file:line: Category: message' to stderr once per location; filters
support 'ignore', 'error', 'always' and 'default'."""
import sys

filters = []
_seen = set()


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, category)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    filters.clear()


def _action(category):
    for action, cat in filters:
        if issubclass(category, cat):
            return action
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    action = _action(category)
    if action == 'ignore':
        return
    if action == 'error':
        raise message if isinstance(message, Warning) else category(message)
    key = (str(message), category)
    if action != 'always' and key in _seen:
        return
    _seen.add(key)
    print('%s: %s' % (category.__name__, message), file=sys.stderr)


def showwarning(message, category, filename, lineno, file=None, line=None):
    print('%s:%s: %s: %s' % (filename, lineno, category.__name__, message), file=file or sys.stderr)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        self._saved = list(filters)
        if self._action:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            self._saved_warn = globals()['warn']

            def recorder(message, category=None, stacklevel=1, source=None):
                log.append(WarningMessage(message, category or UserWarning))
            globals()['warn'] = recorder
            return log
        return None

    def __exit__(self, *exc):
        filters[:] = self._saved
        if self._record:
            globals()['warn'] = self._saved_warn


class WarningMessage:
    def __init__(self, message, category, filename=None, lineno=None):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category = category
        self.filename = filename
        self.lineno = lineno


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}", *, remove,
                _version=sys.version_info):
    """Warns that a module is deprecated (or raises once its removal version is reached); the warning is a
    DeprecationWarning, which is shown only when a filter asks for it."""
    remove_formatted = '%d.%d' % (remove[0], remove[1])
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != 'alpha'):
        raise RuntimeError('%r was slated for removal after Python %s alpha' % (name, remove_formatted))
    msg = message.format(name=name, remove=remove_formatted)
    if _action(DeprecationWarning) in ('error', 'always'):
        warn(msg, DeprecationWarning, stacklevel=3)
