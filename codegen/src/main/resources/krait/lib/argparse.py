"""Krait's argparse: ArgumentParser with positional and optional arguments (store, store_const, store_true/false,
append, count, help, version), type/default/choices/nargs/required/dest/metavar, mutually exclusive groups,
subparsers, and CPython-style usage, help and error messages."""
import sys as _sys
import os as _os

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())

    def __eq__(self, other):
        return isinstance(other, Namespace) and vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else '/'.join(argument.option_strings) or argument.metavar or argument.dest
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, action='store'):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.action = action

    def _metavar(self):
        if self.metavar is not None:
            return self.metavar
        if self.choices is not None:
            return '{' + ','.join(map(str, self.choices)) + '}'
        return self.dest.upper() if self.option_strings else self.dest

    def _args_text(self):
        mv = self._metavar()
        if isinstance(mv, tuple):
            return ' '.join(mv)
        n = self.nargs
        if n is None:
            return mv
        if n == OPTIONAL:
            return '[%s]' % mv
        if n == ZERO_OR_MORE:
            return '[%s ...]' % mv
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % (mv, mv)
        if n == REMAINDER:
            return '...'
        return ' '.join([mv] * n)


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.exclusive = exclusive
        self.required = required
        self._actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._actions.append(action)
        if self.exclusive:
            action._exclusive = self
        return action


class _SubParsers(Action):
    def __init__(self, parser, dest, title, help, metavar, required):
        super().__init__([], dest or SUPPRESS, nargs='A...', help=help, metavar=metavar, required=required,
                         action='parsers')
        self._parser = parser
        self._choices = {}
        self._choice_help = []
        self.choices = self._choices
        self.title = title

    def add_parser(self, name, **kwargs):
        kwargs.setdefault('prog', '%s %s' % (self._parser.prog, name))
        aliases = kwargs.pop('aliases', ())
        help_text = kwargs.pop('help', None)
        if help_text is not None:
            self._choice_help.append((name, help_text))
        p = ArgumentParser(**kwargs)
        self._choices[name] = p
        for a in aliases:
            self._choices[a] = p
        return p

    def _metavar(self):
        return self.metavar or '{' + ','.join(self._choices) + '}'


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(), formatter_class=None,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        self.prog = prog if prog is not None else _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'prog'
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._groups = []
        self.formatter_class = formatter_class
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS, help='show this help message and exit')
        for p in parents:
            for a in p._actions:
                if a.action != 'help':
                    self._actions.append(a)

    def add_argument(self, *names, **kwargs):
        action = kwargs.pop('action', 'store')
        if names and names[0][:1] == '-':
            options = list(names)
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [o for o in options if o.startswith('--')]
                dest = (longs[0] if longs else options[0]).lstrip('-').replace('-', '_')
        else:
            options = []
            dest = kwargs.pop('dest', None) or names[0]
        nargs = kwargs.pop('nargs', None)
        const = kwargs.pop('const', None)
        default = kwargs.pop('default', None)
        if action == 'store_true':
            const, default, nargs = True, False if default is None else default, 0
        elif action == 'store_false':
            const, default, nargs = False, True if default is None else default, 0
        elif action in ('store_const', 'append_const'):
            nargs = 0
        elif action in ('count', 'help', 'version'):
            nargs = 0
        a = Action(options, dest, nargs, const, default, kwargs.pop('type', None), kwargs.pop('choices', None),
                   kwargs.pop('required', False), kwargs.pop('help', None), kwargs.pop('metavar', None), action)
        a.version = kwargs.pop('version', None)
        if kwargs:
            raise TypeError('unexpected keyword arguments: %s' % ', '.join(kwargs))
        self._actions.append(a)
        return a

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self, exclusive=True, required=required)

    def add_subparsers(self, title=None, description=None, prog=None, dest=None, required=False, help=None,
                       metavar=None, **kwargs):
        sp = _SubParsers(self, dest, title, help, metavar, required)
        self._actions.append(sp)
        self._subparsers = sp
        return sp

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---------------------------------------------------------------- help

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % self.usage.replace('%(prog)s', self.prog)
        parts = []
        for a in self._actions:
            if a.option_strings:
                if a.help == SUPPRESS:
                    continue
                text = a.option_strings[0]
                if a.nargs != 0:
                    text += ' ' + a._args_text()
                parts.append(text if a.required else '[%s]' % text)
        for a in self._actions:
            if not a.option_strings and a.help != SUPPRESS:
                parts.append(a._args_text() if not isinstance(a, _SubParsers) else a._metavar() + ' ...')
        opt_parts = parts[:len([x for x in self._actions if x.option_strings and x.help != SUPPRESS])]
        pos_parts = parts[len(opt_parts):]
        prefix = 'usage: '
        usage = ' '.join([self.prog] + parts)
        text_width = 78
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage + '\n'

        def get_lines(items, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in items:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = get_lines([self.prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([self.prog] + pos_parts, indent, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = [self.prog] + get_lines(opt_parts + pos_parts, indent)
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        # CPython's HelpFormatter layout: 78 columns, help text in a column at most 24 wide (less when every
        # invocation is shorter), texts re-wrapped unless a Raw formatter is chosen.
        fc = self.formatter_class
        raw_text = fc is RawTextHelpFormatter
        raw_desc = raw_text or fc is RawDescriptionHelpFormatter
        width = 78
        sections = []
        grouped = set()
        for g in self._groups:
            grouped.update(id(a) for a in g._actions)
        shown = [a for a in self._actions if a.help != SUPPRESS]
        sections.append(('positional arguments', None,
                         [a for a in shown if not a.option_strings and id(a) not in grouped]))
        sections.append(('options', None, [a for a in shown if a.option_strings and id(a) not in grouped]))
        for g in self._groups:
            sections.append((g.title, g.description, [a for a in g._actions if a.help != SUPPRESS]))

        def invocation(a):
            if not a.option_strings:
                return a._metavar()
            if a.nargs == 0:
                return ', '.join(a.option_strings)
            args = a._args_text()
            return ', '.join('%s %s' % (o, args) for o in a.option_strings)

        def sub_entries(a):
            return [(4, name, h) for name, h in getattr(a, '_choice_help', [])]

        longest = 0
        for _, _, actions in sections:
            for a in actions:
                longest = max(longest, len(invocation(a)) + 2)
                for ind, name, h in sub_entries(a):
                    longest = max(longest, len(name) + ind)
        help_position = min(longest + 2, 24)
        help_width = max(width - help_position, 11)

        def text_lines(text, w):
            if raw_text:
                return text.splitlines()
            import textwrap
            return textwrap.wrap(' '.join(text.split()), w)

        def entry(indent, head, help_text):
            action_width = help_position - indent - 2
            if not help_text:
                return ' ' * indent + head + '\n'
            lines = text_lines(help_text, help_width)
            if len(head) <= action_width:
                first = ' ' * indent + head.ljust(action_width) + '  ' + (lines[0] if lines else '') + '\n'
                rest = lines[1:]
            else:
                first = ' ' * indent + head + '\n'
                rest = lines
            return first + ''.join(' ' * help_position + line + '\n' for line in rest)

        def expand(a):
            text = a.help or ''
            if (fc is ArgumentDefaultsHelpFormatter and '%(default)' not in text and a.default is not SUPPRESS
                    and (a.option_strings or a.nargs in (OPTIONAL, ZERO_OR_MORE)) and text):
                text += ' (default: %(default)s)'
            if '%' not in text:
                return text
            params = dict(vars(a), prog=self.prog)
            for name in list(params):
                if params[name] is SUPPRESS:
                    del params[name]
            if params.get('choices') is not None:
                params['choices'] = ', '.join(str(c) for c in params['choices'])
            return text % params

        def block(text):
            if raw_desc:
                return text.replace('%(prog)s', self.prog)
            import textwrap
            return textwrap.fill(' '.join(text.replace('%(prog)s', self.prog).split()), width)

        out = [self.format_usage()]
        if self.description:
            out.append('\n' + block(self.description) + '\n')
        for title, description, actions in sections:
            if not actions and not description:
                continue
            out.append('\n%s:\n' % title)
            if description:
                out.append(''.join('  ' + line + '\n' for line in block(description).splitlines()))
                if actions:
                    out.append('\n')
            for a in actions:
                out.append(entry(2, invocation(a), expand(a)))
                for ind, name, h in sub_entries(a):
                    out.append(entry(ind, name, h))
        if self.epilog:
            out.append('\n' + block(self.epilog) + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # ---------------------------------------------------------------- parsing

    def _convert(self, a, value):
        if a.type is not None:
            try:
                value = a.type(value)
            except ArgumentTypeError as e:
                raise ArgumentError(a, str(e))
            except (TypeError, ValueError):
                name = getattr(a.type, '__name__', repr(a.type))
                raise ArgumentError(a, 'invalid %s value: %r' % (name, value))
        if a.choices is not None and value not in a.choices:
            raise ArgumentError(a, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(repr(c) for c in a.choices)))
        return value

    def _find_option(self, arg):
        for a in self._actions:
            if arg in a.option_strings:
                return a
        if arg.startswith('--') and self.allow_abbrev:
            matches = [a for a in self._actions for o in a.option_strings if o.startswith(arg)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                opts = ', '.join(o for a in matches for o in a.option_strings if o.startswith(arg))
                self.error('ambiguous option: %s could match %s' % (arg, opts))
        return None

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        args = list(args)
        ns = namespace if namespace is not None else Namespace()
        try:
            return self._parse(args, ns)
        except ArgumentError as e:
            self.error(str(e))

    def _parse(self, args, ns):
        for a in self._actions:
            if a.dest is not SUPPRESS and a.default is not SUPPRESS and not hasattr(ns, a.dest):
                default = a.default
                if isinstance(default, str) and a.type is not None and a.option_strings:
                    default = self._convert(a, default)
                setattr(ns, a.dest, default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        positionals = [a for a in self._actions if not a.option_strings]
        pending = []
        extras = []
        seen = set()
        seen_exclusive = {}
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            if arg == '--' and not only_positional:
                only_positional = True
                i += 1
                continue
            if not only_positional and arg.startswith('-') and arg != '-' and not _is_number(arg):
                value = None
                if '=' in arg and arg.startswith('--'):
                    arg, value = arg.split('=', 1)
                a = self._find_option(arg)
                if a is None and not arg.startswith('--') and len(arg) > 2:
                    a = self._find_option(arg[:2])
                    if a is not None:
                        if a.nargs == 0:
                            # -qv is -q -v: the rest of the cluster is parsed next.
                            args.insert(i + 1, '-' + arg[2:])
                        else:
                            value = arg[2:]
                if a is None:
                    extras.append(args[i])
                    i += 1
                    continue
                group = getattr(a, '_exclusive', None)
                if group is not None:
                    other = seen_exclusive.get(id(group))
                    if other is not None and other is not a:
                        raise ArgumentError(a, 'not allowed with argument %s' % '/'.join(other.option_strings))
                    seen_exclusive[id(group)] = a
                seen.add(a)
                i += 1
                if a.action == 'help':
                    self.print_help()
                    self.exit()
                if a.action == 'version':
                    print(a.version.replace('%(prog)s', self.prog))
                    self.exit()
                if a.nargs == 0:
                    if a.action == 'count':
                        setattr(ns, a.dest, (getattr(ns, a.dest, None) or 0) + 1)
                    elif a.action == 'append_const':
                        setattr(ns, a.dest, (getattr(ns, a.dest, None) or []) + [a.const])
                    else:
                        setattr(ns, a.dest, a.const)
                    continue
                values = []
                if value is not None:
                    values = [value]
                else:
                    want = a.nargs
                    while i < len(args) and not (args[i].startswith('-') and args[i] != '-' and not _is_number(args[i])):
                        if want is None and len(values) == 1:
                            break
                        if isinstance(want, int) and len(values) == want:
                            break
                        if want == OPTIONAL and len(values) == 1:
                            break
                        values.append(args[i])
                        i += 1
                n = a.nargs
                if n is None and len(values) != 1:
                    raise ArgumentError(a, 'expected one argument')
                if isinstance(n, int) and len(values) != n:
                    raise ArgumentError(a, 'expected %d arguments' % n)
                if n == ONE_OR_MORE and not values:
                    raise ArgumentError(a, 'expected at least one argument')
                converted = [self._convert(a, v) for v in values]
                if n is None:
                    result = converted[0]
                elif n == OPTIONAL:
                    result = converted[0] if converted else a.const
                else:
                    result = converted
                if a.action == 'append':
                    setattr(ns, a.dest, (getattr(ns, a.dest, None) or []) + [result])
                else:
                    setattr(ns, a.dest, result)
            else:
                if self._subparsers is not None and arg in self._subparsers._choices and not only_positional:
                    pending.extend(args[i:])
                    break
                pending.append(arg)
                i += 1
        for a in positionals:
            if isinstance(a, _SubParsers):
                if not pending:
                    if a.required:
                        raise ArgumentError(a, 'the following arguments are required: %s' % a._metavar())
                    continue
                name = pending.pop(0)
                if name not in a._choices:
                    raise ArgumentError(a, 'invalid choice: %r (choose from %s)'
                                        % (name, ', '.join(repr(c) for c in a._choices)))
                if a.dest is not SUPPRESS:
                    setattr(ns, a.dest, name)
                sub_ns, sub_extras = a._choices[name].parse_known_args(pending, None)
                for k, v in vars(sub_ns).items():
                    setattr(ns, k, v)
                extras.extend(sub_extras)
                pending = []
                continue
            n = a.nargs
            if n is None:
                if not pending:
                    continue
                setattr(ns, a.dest, self._convert(a, pending.pop(0)))
                seen.add(a)
            elif n == OPTIONAL:
                if pending:
                    setattr(ns, a.dest, self._convert(a, pending.pop(0)))
                    seen.add(a)
            elif n in (ZERO_OR_MORE, REMAINDER):
                setattr(ns, a.dest, [self._convert(a, v) for v in pending] if pending or a.default is None else a.default)
                pending = []
                seen.add(a)
            elif n == ONE_OR_MORE:
                if pending:
                    setattr(ns, a.dest, [self._convert(a, v) for v in pending])
                    pending = []
                    seen.add(a)
            else:
                if len(pending) >= n:
                    setattr(ns, a.dest, [self._convert(a, v) for v in pending[:n]])
                    pending = pending[n:]
                    seen.add(a)
        missing = [a for a in self._actions if a not in seen and (a.required or (not a.option_strings and
                   not isinstance(a, _SubParsers) and a.nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER)))]
        if missing:
            names = ['/'.join(a.option_strings) if a.option_strings else a._metavar() for a in missing]
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(names))
        extras.extend(pending)
        return ns, extras


def _is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class MetavarTypeHelpFormatter(HelpFormatter):
    pass
FileType = None
