"""Krait's pprint: pformat/pprint with CPython's layout for dicts, lists, tuples and sets (width, indent,
depth, sort_dicts, compact)."""
import sys


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts).pprint(obj)


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(obj):
    return repr(obj)


def isreadable(obj):
    return True


def isrecursive(obj):
    return False


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact
        self._sort_dicts = sort_dicts

    def pprint(self, obj):
        print(self.pformat(obj), file=self._stream if self._stream is not None else sys.stdout)

    def pformat(self, obj):
        return self._format(obj, 0, 0, 1)

    def _repr(self, obj, level):
        if self._depth is not None and level > self._depth:
            if isinstance(obj, dict) and obj:
                return '{...}'
            if isinstance(obj, list) and obj:
                return '[...]'
            if isinstance(obj, tuple) and obj:
                return '(...)'
        if isinstance(obj, dict) and self._sort_dicts and type(obj) is dict:
            items = self._items(obj)
            return '{' + ', '.join('%s: %s' % (self._repr(k, level + 1), self._repr(v, level + 1))
                                   for k, v in items) + '}'
        if type(obj) is list:
            return '[' + ', '.join(self._repr(x, level + 1) for x in obj) + ']'
        if type(obj) is tuple:
            inner = ', '.join(self._repr(x, level + 1) for x in obj)
            return '(' + inner + (',)' if len(obj) == 1 else ')')
        return repr(obj)

    def _items(self, d):
        items = list(d.items())
        if self._sort_dicts:
            try:
                items.sort(key=lambda kv: kv[0])
            except TypeError:
                items.sort(key=lambda kv: (type(kv[0]).__name__, repr(kv[0])))
        return items

    def _format(self, obj, indent, allowance, level):
        rep = self._repr(obj, level)
        if len(rep) <= self._width - indent - allowance:
            return rep
        if self._depth is not None and level > self._depth:
            return rep
        t = type(obj)
        if t is dict and obj:
            parts = []
            items = self._items(obj)
            ind = indent + self._indent
            for i, (k, v) in enumerate(items):
                krepr = self._repr(k, level + 1)
                last = i == len(items) - 1
                vrepr = self._format(v, ind + len(krepr) + 2, allowance + 1 if last else 1, level + 1)
                parts.append('%s: %s' % (krepr, vrepr))
            sep = ',\n' + ' ' * ind
            return '{' + ' ' * (self._indent - 1) + sep.join(parts) + '}'
        if t in (list, tuple) and obj:
            open_, close = ('[', ']') if t is list else ('(', ')')
            ind = indent + self._indent
            if self._compact:
                lines = []
                cur = ''
                for i, x in enumerate(obj):
                    r = self._repr(x, level + 1)
                    piece = r + (',' if i < len(obj) - 1 or t is tuple and len(obj) == 1 else '')
                    if cur and len(cur) + 1 + len(piece) > self._width - ind - (allowance + 1 if i == len(obj) - 1 else 0):
                        lines.append(cur)
                        cur = piece
                    else:
                        cur = cur + ' ' + piece if cur else piece
                lines.append(cur)
                return open_ + ' ' * (self._indent - 1) + ('\n' + ' ' * ind).join(lines) + close
            parts = []
            for i, x in enumerate(obj):
                last = i == len(obj) - 1
                parts.append(self._format(x, ind, allowance + 1 if last else 1, level + 1))
            sep = ',\n' + ' ' * ind
            tail = ',' if t is tuple and len(obj) == 1 else ''
            return open_ + ' ' * (self._indent - 1) + sep.join(parts) + tail + close
        return rep
