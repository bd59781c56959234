"""inspect: predicates on objects, signatures of callables (Signature, Parameter, bind), members, docstrings and
source lines, and the frames of the running code (currentframe, stack, getframeinfo, getouterframes; their
f_locals is empty in functions, see the README)."""
import collections
import enum
import functools
import os
import sys
import types

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'isfunction', 'ismethod', 'isclass',
           'ismodule', 'isbuiltin', 'isroutine', 'isgenerator', 'isgeneratorfunction', 'iscoroutine',
           'iscoroutinefunction', 'isasyncgenfunction', 'isasyncgen', 'isawaitable', 'isabstract', 'getmembers',
           'getmro', 'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsourcefile', 'getsource', 'getsourcelines',
           'currentframe', 'stack', 'getfullargspec', 'FullArgSpec', 'unwrap', 'ismethoddescriptor',
           'isdatadescriptor', 'getattr_static', 'getcallargs', 'isframe', 'istraceback', 'iscode',
           'getframeinfo', 'getouterframes', 'getinnerframes', 'FrameInfo', 'Traceback', 'trace']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _flags(obj):
    obj = functools._unwrap_partial(obj) if hasattr(functools, '_unwrap_partial') else obj
    while ismethod(obj):
        obj = obj.__func__
    return obj.__code__.co_flags if isfunction(obj) else 0


def isgeneratorfunction(obj):
    return bool(_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    return bool(_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    return bool(_flags(obj) & CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__') or (isgenerator(obj) and False)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def isframe(obj):
    return type(obj).__name__ == 'frame'


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def iscode(obj):
    return type(obj).__name__ == 'code'


def getmembers(obj, predicate=None):
    results = []
    names = dir(obj)
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if name else None


def getfile(obj):
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'
                    .format(type(obj).__name__))


def getsourcefile(obj):
    f = getfile(obj)
    return f if os.path.exists(f) else None


def getsourcelines(obj):
    obj = unwrap(obj)
    filename = getsourcefile(obj)
    if filename is None:
        raise OSError('could not get source code')
    with open(filename, encoding='utf-8') as f:
        lines = f.readlines()
    if ismodule(obj):
        return lines, 0
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        start = obj.__code__.co_firstlineno - 1
    elif isclass(obj):
        start = None
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + obj.__name__) and stripped[6 + len(obj.__name__):][:1] in ('(', ':'):
                start = i
                break
        if start is None:
            raise OSError('could not find class definition')
    else:
        raise TypeError('unsupported object')
    while start > 0 and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and lines[end - 1].lstrip().startswith('@'):
        end += 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent and not line.lstrip().startswith(')'):
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return ''.join(lines)


def currentframe():
    return sys._getframe(1)


_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class Traceback(_Traceback):
    """Where a frame or traceback entry is: file, line, function and the source lines around it."""


class FrameInfo(_FrameInfo):
    """A frame together with its Traceback fields (what stack() and trace() list)."""


def _context(filename, lineno, context):
    """The `context` source lines centred on lineno and lineno's index in them, or (None, None)."""
    if context <= 0:
        return None, None
    import linecache
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code = frame.f_code
    lines, index = _context(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, lines, index)


def getouterframes(frame, context=1):
    frames = []
    while frame is not None:
        frames.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    frames = []
    while tb is not None:
        frames.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only', _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional', _KEYWORD_ONLY: 'keyword-only', _VAR_KEYWORD: 'variadic keyword'}


def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return _without_typing_prefix(repr(annotation))
    if isinstance(annotation, type) and annotation.__module__ == 'builtins':
        return annotation.__qualname__
    if isinstance(annotation, type):
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _without_typing_prefix(text):
    """The text with 'typing.' dropped from every dotted name in it: Optional[int], not typing.Optional[int]."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j == i:
            out.append(text[i])
            i += 1
            continue
        word = text[i:j]
        out.append(word[7:] if word.startswith('typing.') else word)
        i = j
    return ''.join(out)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind)) from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, _annotation_text(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    __slots__ = ('_return_annotation', '_parameters')
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if param.name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                            .format(arg=param.name))
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                    .format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(_annotation_text(self.return_annotation))
        return rendered


def _signature_of_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = getattr(code, 'co_posonlyargcount', 0)
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', {}) or {}
    params = []
    non_default = pos_count - len(defaults)
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    k = pos_count
    if code.co_flags & CO_VARARGS:
        name = names[pos_count + kwonly_count]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[k:k + kwonly_count]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + kwonly_count + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _signature_of_dataclass_init(func, fields):
    """The parameters of a dataclass's __init__, which takes *args/**kwargs in Krait (see dataclasses)."""
    from dataclasses import MISSING
    annotations = getattr(func, '__annotations__', {}) or {}
    params = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    for name, kw_only, default in fields:
        params.append(Parameter(name, _KEYWORD_ONLY if kw_only else _POSITIONAL_OR_KEYWORD,
                                default=_empty if default is MISSING else default,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _signature_from_callable(obj, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped)
        params = list(sig.parameters.values())
        if params and params[0].kind not in (_VAR_POSITIONAL,):
            params = params[1:]
        return sig.replace(parameters=params)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, functools.partial):
        sig = _signature_from_callable(obj.func, follow_wrapped)
        params = list(sig.parameters.values())
        nargs = len(obj.args)
        new = []
        keyword_only = False
        for i, p in enumerate(params):
            if i < nargs and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                continue
            if p.name in obj.keywords:
                if p.kind == _POSITIONAL_OR_KEYWORD:
                    keyword_only = True
                new.append(p.replace(default=obj.keywords[p.name], kind=_KEYWORD_ONLY
                                     if p.kind == _POSITIONAL_OR_KEYWORD else p.kind))
            else:
                if new and new[-1].kind == _KEYWORD_ONLY and p.kind == _POSITIONAL_OR_KEYWORD:
                    p = p.replace(kind=_KEYWORD_ONLY)
                new.append(p)
        if keyword_only:
            # Parameters after one given by keyword can only be passed by keyword: *args has nothing left to take.
            new = [p for p in new if p.kind != _VAR_POSITIONAL]
        return sig.replace(parameters=new)
    if isfunction(obj):
        fields = getattr(obj, '__krait_signature__', None)
        if fields is not None:
            return _signature_of_dataclass_init(obj, fields)
        return _signature_of_function(obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and base is not object:
                sig = _signature_from_callable(base.__dict__['__init__'], follow_wrapped)
                return sig.replace(parameters=list(sig.parameters.values())[1:])
            if '__new__' in base.__dict__ and base is not object:
                new = base.__dict__['__new__']
                new = getattr(new, '__func__', new)
                sig = _signature_from_callable(new, follow_wrapped)
                return sig.replace(parameters=list(sig.parameters.values())[1:])
        # Only object's __init__ and __new__: a call takes no arguments.
        return Signature()
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        sig = _signature_from_callable(call, follow_wrapped)
        return sig.replace(parameters=list(sig.parameters.values())[1:])
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return _signature_from_callable(obj, follow_wrapped)


FullArgSpec = collections.namedtuple('FullArgSpec',
                                     'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    sig = _signature_from_callable(func, follow_wrapped=False)
    args, varargs, varkw, kwonlyargs, defaults = [], None, None, [], ()
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    ba = signature(func).bind(*positional, **named)
    ba.apply_defaults()
    return dict(ba.arguments)


def getattr_static(obj, attr, default=_void):
    for entry in ([obj] if not isinstance(obj, type) else []) + list(getattr(type(obj) if not isinstance(obj, type)
                                                                              else obj, '__mro__', ())):
        d = getattr(entry, '__dict__', {})
        if attr in d:
            return d[attr]
    if default is not _void:
        return default
    raise AttributeError(attr)
