"""Krait's pprint: CPython's layout. An object whose repr fits in the width left is printed as its repr; else a
container is split one item per line (or packed, with compact=True), long strings and bytes are cut into
adjacent literals, and dicts, sets, OrderedDict, defaultdict, Counter, deque, ChainMap, SimpleNamespace and
dataclasses each have their own layout. Dict keys and set items are sorted when they can be."""
import collections as _collections
import re as _re
import sys as _sys
import types as _types


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values of mixed types: by value when they compare, else by type name (CPython uses ids too)."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[objid] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[objid]
                return
        out.append(rep)

    def _layout_for(self, object):
        r = type(object).__repr__
        for cls, layout in _LAYOUTS:
            if r is cls.__repr__:
                return layout
        if (hasattr(object, '__dataclass_fields__') and not isinstance(object, type)
                and getattr(r, '_dataclass_generated', False)):
            return PrettyPrinter._pprint_dataclass
        return None

    def _pprint_dataclass(self, object, out, indent, allowance, context, level):
        import dataclasses
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        out.append(cls_name + '(')
        self._format_namespace_items(items, out, indent, allowance, context, level)
        out.append(')')

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append('}')

    def _pprint_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        cls = object.__class__
        out.append(cls.__name__ + '(')
        self._format(list(object.items()), out, indent + len(cls.__name__) + 1, allowance + 1, context, level)
        out.append(')')

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        typ = object.__class__
        if typ is set:
            out.append('{')
            endchar = '}'
        else:
            out.append(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_SafeKey)
        self._format_items(object, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # Cut between words: runs of non-space followed by their spaces.
            parts = _re.findall(r'\S*\s*', line)[:-1]
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(rep)
        if level == 1:
            out.append(')')

    def _pprint_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.append('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            out.append(delim)
            out.append(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            out.append(')')

    def _pprint_bytearray(self, object, out, indent, allowance, context, level):
        out.append('bytearray(')
        self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.append(')')

    def _pprint_mappingproxy(self, object, out, indent, allowance, context, level):
        out.append('mappingproxy(')
        self._format(object.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(')')

    def _pprint_simplenamespace(self, object, out, indent, allowance, context, level):
        cls_name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        indent += len(cls_name) + 1
        out.append(cls_name + '(')
        self._format_namespace_items(list(object.__dict__.items()), out, indent, allowance, context, level)
        out.append(')')

    def _pprint_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        out.append('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(')')

    def _pprint_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        cls = object.__class__
        out.append(cls.__name__ + '({')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), out, indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        out.append('})')

    def _pprint_chain_map(self, object, out, indent, allowance, context, level):
        if not len(object.maps):
            out.append(repr(object))
            return
        cls = object.__class__
        out.append(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, out, indent, allowance + 1, context, level)
                out.append(')')
            else:
                self._format(m, out, indent, 1, context, level)
                out.append(',\n' + ' ' * indent)

    def _pprint_deque(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        cls = object.__class__
        out.append(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        out.append('[')
        if object.maxlen is None:
            self._format_items(object, out, indent, allowance + 2, context, level)
            out.append('])')
        else:
            self._format_items(object, out, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            out.append('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(delimnl)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            out.append(key)
            out.append('=')
            if id(ent) in context:
                out.append('...')
            else:
                self._format(ent, out, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                out.append(delimnl)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    out.append(delim)
                    delim = ', '
                    out.append(rep)
                    continue
            out.append(delim)
            delim = delimnl
            self._format(ent, out, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive): the one-line form, with depth limits and recursion markers."""
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return '{%s}' % ', '.join(components), readable, recursive
        if (issubclass(typ, list) and r is list.__repr__) or (issubclass(typ, tuple) and r is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % '...', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return fmt % ', '.join(components), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_LAYOUTS = [
    (dict, PrettyPrinter._pprint_dict),
    (list, PrettyPrinter._pprint_list),
    (tuple, PrettyPrinter._pprint_tuple),
    (set, PrettyPrinter._pprint_set),
    (frozenset, PrettyPrinter._pprint_set),
    (str, PrettyPrinter._pprint_str),
    (bytes, PrettyPrinter._pprint_bytes),
    (bytearray, PrettyPrinter._pprint_bytearray),
    (_types.MappingProxyType, PrettyPrinter._pprint_mappingproxy),
    (_types.SimpleNamespace, PrettyPrinter._pprint_simplenamespace),
    (_collections.OrderedDict, PrettyPrinter._pprint_ordered_dict),
    (_collections.defaultdict, PrettyPrinter._pprint_default_dict),
    (_collections.Counter, PrettyPrinter._pprint_counter),
    (_collections.ChainMap, PrettyPrinter._pprint_chain_map),
    (_collections.deque, PrettyPrinter._pprint_deque),
]
