"""Krait's warnings, behaving as CPython 3.11's (its C accelerator included): warn() finds the frame `stacklevel`
calls up, the filters pick an action (CPython's default filters to start with, then -W and PYTHONWARNINGS), each
module's __warningregistry__ remembers what was shown, and the text goes through showwarning/formatwarning
(replaceable) to sys.stderr as 'file:line: Category: message' plus the stripped source line."""
import sys
import _kframes

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# Entries are (action, message, category, module, lineno): message and module are None (anything), a compiled
# pattern (filterwarnings) or a plain string compared for equality (the built-in '__main__' entry).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
# Every change of the filters bumps the version, which empties the registries made under older filters.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------------------------------------- showing


class WarningMessage(object):
    """One warning as showwarning receives it (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return '{message : %r, category : %r, filename : %r, lineno : %s, line : %r}' % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _format(msg):
    name = msg.category.__name__
    text = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, name, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += '  %s\n' % line.strip()
    if msg.source is not None:
        # Krait has no tracemalloc: CPython says the same when it is not tracing.
        text += '%s: Enable tracemalloc to get the object allocation traceback\n' % name
    return text


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _format(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default); assign your own function to redirect warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A showwarning the user installed gets the warning's parts; otherwise the (replaceable) implementation.
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------------------------------------- filters


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter (first in the list unless append): message is a case-insensitive regex matched at the
    start of the warning's text, module a regex matched against the module name, lineno 0 for any line."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        import re
    _add_filter(action, re.compile(message, re.I) if message else None, category,
                re.compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message and module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # An equal filter already present moves to the front, or stays where it is when appending.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (the default filters included)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return bool(pattern.match(value))


def _choose(text, category, module, lineno):
    """(action, filter entry) of the first filter that applies, else the default action."""
    if not isinstance(filters, list):
        raise ValueError('_warnings.filters must be a list')
    for i, entry in enumerate(filters):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if _matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or ln == lineno):
            return action, entry
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(defaultaction).__name__)
    return defaultaction, None


def _already_warned(registry, key, remember):
    """Whether registry holds key; a registry from older filters is emptied first. Remembers key if asked."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


# ---------------------------------------------------------------------------------------------- warning


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code `stacklevel` calls up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    where = _kframes.caller(max(stacklevel, 1))
    if where is None:
        # Deeper than the stack: CPython blames line 1 of "sys".
        module_globals, filename, lineno = sys.__dict__, 'sys', 1
    else:
        module_globals, filename, lineno = where
    module = module_globals.get('__name__', '<string>')
    registry = module_globals.get('__warningregistry__')
    if registry is None:
        registry = module_globals['__warningregistry__'] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning attributed to (filename, lineno) of `module`, remembered in `registry` (a dict)."""
    lineno = int(lineno)
    if module is None:
        module = filename[:-3] if filename.endswith('.py') else filename
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if _already_warned(registry if registry is not None else onceregistry, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# ---------------------------------------------------------------------------------------------- context


class catch_warnings(object):
    """Saves the filters and showwarning on entry and restores them on exit; with record=True the warnings
    are collected as WarningMessage objects in the list the with statement gets, instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # The default showwarning, so that warnings reach the recording implementation.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------------------------------------- options


class _OptionError(Exception):
    """A malformed -W option or PYTHONWARNINGS entry."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    """Adds the filter of one 'action:message:category:module:lineno' option (trailing fields optional)."""
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        # Option fields are literal text; the module must match whole.
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        modname, _, attr = category.rpartition('.')
        try:
            owner = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (modname,)) from None
    else:
        import builtins as owner
        attr = category
    try:
        cat = getattr(owner, attr)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}", *, remove,
                _version=sys.version_info):
    """Warns that a module is deprecated (or raises once its removal version is reached)."""
    remove_formatted = '%d.%d' % (remove[0], remove[1])
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != 'alpha'):
        raise RuntimeError('%r was slated for removal after Python %s alpha' % (name, remove_formatted))
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


if sys.warnoptions:
    _processoptions(sys.warnoptions)
