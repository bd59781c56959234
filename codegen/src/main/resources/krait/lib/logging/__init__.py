"""Krait's logging: loggers in a dotted hierarchy, levels, handlers (stream and file), %-style formatters,
basicConfig; records print as CPython's do, with the caller's file, line and function found on the stack."""
import os
import sys
import time as _time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0
_level_names = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET',
                'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
raiseExceptions = True


def getLevelName(level):
    return _level_names.get(level, 'Level %s' % level)


def addLevelName(level, name):
    _level_names[level] = name
    _level_names[name] = level


# The file of this module: frames from it are skipped when looking for the code that logged. Set it to None
# to skip the stack walk (records then name '(unknown file)').
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _check_level(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _level_names:
            raise ValueError('Unknown level: %r' % level)
        return _level_names[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = _time.time()
        self.msecs = int(self.created * 1000) % 1000
        self.relativeCreated = 0
        self.thread = 0
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 0

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


currentframe = lambda: sys._getframe(1)


def _is_internal_frame(frame):
    """Whether a frame is logging's own (its functions are never the caller a record names)."""
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = style
        self._fmt = fmt or ('%(message)s' if style == '%' else '{message}' if style == '{' else '${message}')
        self.datefmt = datefmt
        self._defaults = defaults or {}

    def usesTime(self):
        return 'asctime' in self._fmt

    def formatTime(self, record, datefmt=None):
        import datetime
        dt = datetime.datetime.fromtimestamp(record.created)
        if datefmt:
            return dt.strftime(datefmt)
        return self.default_msec_format % (dt.strftime(self.default_time_format), record.msecs)

    def formatException(self, ei):
        import traceback
        return ''.join(traceback.format_exception(ei[1])).rstrip('\n')

    def formatMessage(self, record):
        values = dict(self._defaults, **record.__dict__)
        if self._style == '{':
            return self._fmt.format(**values)
        if self._style == '$':
            from string import Template
            return Template(self._fmt).substitute(values)
        return self._fmt % values

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + self.formatStack(record.stack_info)
        return s

    def formatStack(self, stack_info):
        return stack_info


_default_formatter = Formatter()


class Filter:
    def __init__(self, name=''):
        self.name = name

    def filter(self, record):
        if not self.name:
            return True
        return record.name == self.name or record.name.startswith(self.name + '.')


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, f):
        if f not in self.filters:
            self.filters.append(f)

    def removeFilter(self, f):
        if f in self.filters:
            self.filters.remove(f)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        super().__init__()
        self.level = _check_level(level)
        self.formatter = None
        self.name = None

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        if self.filter(record):
            self.emit(record)
            return True
        return False

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        pass


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self._stream = stream

    @property
    def stream(self):
        return self._stream if self._stream is not None else sys.stderr

    def setStream(self, stream):
        old = self._stream
        self._stream = stream
        return old

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        super().__init__(open(filename, mode, encoding=encoding))
        self.baseFilename = filename

    def close(self):
        self._stream.close()


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return not self.disabled and level >= self.getEffectiveLevel() and level >= _disable_level + 1

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the code that logged: stacklevel frames out from here, not
        counting this module's own frames."""
        f = currentframe()
        if f is None:
            return '(unknown file)', 0, '(unknown function)', None
        while stacklevel > 0:
            if f.f_back is None:
                break
            f = f.f_back
            if not _is_internal_frame(f):
                stacklevel -= 1
        code = f.f_code
        sinfo = None
        if stack_info:
            import io
            import traceback
            out = io.StringIO()
            out.write('Stack (most recent call last):\n')
            traceback.print_stack(f, file=out)
            sinfo = out.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        return code.co_filename, f.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = '(unknown file)', 0, '(unknown function)'
        else:
            fn, lno, func = '(unknown file)', 0, '(unknown function)'
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        c = self
        found = 0
        while c:
            for h in c.handlers:
                found += 1
                if record.levelno >= h.level:
                    h.handle(record)
            if not c.propagate:
                break
            c = c.parent
        if found == 0 and lastResort is not None and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def getChild(self, suffix):
        return getLogger(suffix if self is root else self.name + '.' + suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__('root', level)


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        super().__init__()
        self.level = level


lastResort = _StderrHandler(WARNING)
root = RootLogger(WARNING)
_loggers = {}
_disable_level = NOTSET


def getLogger(name=None):
    if not name or name == 'root':
        return root
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _loggers[name] = logger
        parent = root
        parts = name.split('.')
        for i in range(len(parts) - 1, 0, -1):
            candidate = _loggers.get('.'.join(parts[:i]))
            if candidate is not None:
                parent = candidate
                break
        logger.parent = parent
        for other in _loggers.values():
            if other.name.startswith(name + '.') and (other.parent is root or len(other.parent.name) < len(name)):
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    if force:
        root.handlers[:] = []
    if root.handlers:
        return
    filename = kwargs.pop('filename', None)
    if filename is not None:
        handler = FileHandler(filename, kwargs.pop('filemode', 'a'))
    else:
        handler = StreamHandler(kwargs.pop('stream', None))
    fmt = kwargs.pop('format', BASIC_FORMAT)
    handler.setFormatter(Formatter(fmt, kwargs.pop('datefmt', None), kwargs.pop('style', '%')))
    root.addHandler(handler)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    for h in kwargs.pop('handlers', ()) or ():
        if h.formatter is None:
            h.setFormatter(Formatter(fmt))
        root.addHandler(h)


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def _module_level(method):
    def f(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    f.__name__ = method
    return f


debug = _module_level('debug')
info = _module_level('info')
warning = _module_level('warning')
warn = warning
error = _module_level('error')
exception = _module_level('exception')
critical = _module_level('critical')
fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def shutdown():
    pass


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while warnings are captured: the formatted warning goes to the 'py.warnings'
    logger as a WARNING record (a warning written to an explicit file goes there as before)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger('py.warnings')
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
