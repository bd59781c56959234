"""Krait's argparse: ArgumentParser with positional and optional arguments (store, store_const, store_true/false,
append, count, help, version), type/default/choices/nargs/required/dest/metavar, mutually exclusive groups,
subparsers, and CPython-style usage, help and error messages."""
import sys as _sys
import os as _os
import re as _re

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
PARSER = 'A...'


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

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required)


class _SubParsers(Action):
    def __init__(self, parser, dest, title, help, metavar, required):
        super().__init__([], dest or SUPPRESS, nargs=PARSER, help=help, metavar=metavar, required=required,
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
            self._choice_help.append(('%s (%s)' % (name, ', '.join(aliases)) if aliases else name, help_text))
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
        self._mutex_groups = []
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
        if not options and 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if not options and (kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE)
                            or kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        if not isinstance(action, str):
            # a user Action subclass: it is built with CPython's keyword arguments and called on a match
            a = action(option_strings=options, dest=dest, **kwargs)
            a.action = 'custom'
            self._actions.append(a)
            return a
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
            if action != 'count':
                # help and version leave nothing in the namespace
                default = SUPPRESS if default is None else default
                if action == 'version':
                    kwargs.setdefault('help', "show program's version number and exit")
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
        g = _Group(self, exclusive=True, required=required)
        self._mutex_groups.append(g)
        return g

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

    def _usage_item(self, a):
        text = a.option_strings[0]
        if a.nargs != 0:
            text += ' ' + a._args_text()
        return text

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % self.usage.replace('%(prog)s', self.prog)
        parts = []
        for a in self._actions:
            if a.option_strings:
                if a.help == SUPPRESS:
                    continue
                group = getattr(a, '_exclusive', None)
                if group is not None and len(group._actions) > 1:
                    # a mutually exclusive group prints once, where its first member stands
                    if a is not group._actions[0]:
                        parts.append(None)
                        continue
                    inner = ' | '.join(self._usage_item(m) for m in group._actions if m.help != SUPPRESS)
                    parts.append(('(%s)' if group.required else '[%s]') % inner)
                    continue
                text = self._usage_item(a)
                parts.append(text if a.required else '[%s]' % text)
        for a in self._actions:
            if not a.option_strings and a.help != SUPPRESS:
                parts.append(a._args_text() if not isinstance(a, _SubParsers) else a._metavar() + ' ...')
        opt_parts = parts[:len([x for x in self._actions if x.option_strings and x.help != SUPPRESS])]
        pos_parts = parts[len(opt_parts):]
        opt_parts = [x for x in opt_parts if x is not None]
        parts = [x for x in parts if x is not None]
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

    def _convert(self, a, value, check=True):
        if a.type is not None:
            if not callable(a.type):
                raise ArgumentError(a, '%r is not callable' % (a.type,))
            try:
                value = a.type(value)
            except ArgumentTypeError as e:
                raise ArgumentError(a, str(e))
            except (TypeError, ValueError):
                name = getattr(a.type, '__name__', repr(a.type))
                raise ArgumentError(a, 'invalid %s value: %r' % (name, value))
        if check:
            self._check_choice(a, value)
        return value

    def _check_choice(self, a, value):
        if a.choices is not None and value not in a.choices:
            raise ArgumentError(a, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(repr(c) for c in a.choices)))

    def _values(self, a, strings):
        """The value an action receives for its argument strings (CPython's _get_values)."""
        if a.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        if not strings and a.nargs == OPTIONAL:
            value = a.const if a.option_strings else a.default
            if isinstance(value, str):
                value = self._convert(a, value)
            return value
        if not strings and a.nargs == ZERO_OR_MORE and not a.option_strings:
            value = a.default if a.default is not None else []
            self._check_choice(a, value)
            return value
        if len(strings) == 1 and a.nargs in (None, OPTIONAL):
            return self._convert(a, strings[0])
        if a.nargs == REMAINDER:
            return [self._convert(a, v, check=False) for v in strings]
        if a.nargs == PARSER:
            value = [self._convert(a, v, check=False) for v in strings]
            self._check_choice(a, value[0])
            return value
        if a.nargs == SUPPRESS:
            return SUPPRESS
        return [self._convert(a, v) for v in strings]

    def _apply(self, a, ns, value, opt, run):
        kind = a.action
        if callable(a):
            a(self, ns, value, opt)
        elif kind == 'help':
            self.print_help()
            self.exit()
        elif kind == 'version':
            print(a.version.replace('%(prog)s', self.prog))
            self.exit()
        elif kind == 'parsers':
            name = value[0]
            if a.dest is not SUPPRESS:
                setattr(ns, a.dest, name)
            sub_ns, sub_extras = a._choices[name].parse_known_args(value[1:], None)
            for k, v in vars(sub_ns).items():
                setattr(ns, k, v)
            run.sub_extras.extend(sub_extras)
        elif kind == 'count':
            setattr(ns, a.dest, (getattr(ns, a.dest, None) or 0) + 1)
        elif kind in ('append', 'append_const', 'extend'):
            items = getattr(ns, a.dest, None)
            items = [] if items is None else list(items)
            if kind == 'append':
                items.append(value)
            elif kind == 'extend':
                items.extend(value)
            else:
                items.append(a.const)
            setattr(ns, a.dest, items)
        elif kind in ('store_const', 'store_true', 'store_false'):
            setattr(ns, a.dest, a.const)
        else:
            setattr(ns, a.dest, value)

    def _option_map(self):
        return {o: a for a in self._actions for o in a.option_strings}

    def _classify(self, arg, options):
        """(action, option_string, explicit_arg) when arg is spelled like an option, else None (CPython's rules)."""
        if not arg or arg[0] != '-':
            return None
        if arg in options:
            return options[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            head, explicit = arg.split('=', 1)
            if head in options:
                return options[head], head, explicit
        found = []
        if arg[1] == '-':
            if self.allow_abbrev:
                head, explicit = arg.split('=', 1) if '=' in arg else (arg, None)
                found = [(a, o, explicit) for o, a in options.items() if o.startswith(head)]
        else:
            for o, a in options.items():
                if o == arg[:2]:
                    found.append((a, o, arg[2:]))
                elif o.startswith(arg):
                    found.append((a, o, None))
        if len(found) > 1:
            self.error('ambiguous option: %s could match %s' % (arg, ', '.join(t[1] for t in found)))
        if found:
            return found[0]
        if _is_number(arg) and not any(_is_number(o) for o in options):
            return None
        if ' ' in arg:
            return None
        return None, arg, None

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
        for a in self._actions:
            if a.dest is not SUPPRESS and a.default is not SUPPRESS and not hasattr(ns, a.dest):
                setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        try:
            return _Parse(self, args, ns).run()
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))

    def parse_intermixed_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Optionals first with every positional switched off, then the leftovers as positionals.
        positionals = [a for a in self._actions if not a.option_strings]
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % bad[0].nargs)
        optionals = [a for a in self._actions if a.option_strings]
        save_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:].rstrip('\n')
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                ns, rest = self.parse_known_args(args, namespace)
            finally:
                for a, n, d in saved:
                    a.nargs, a.default = n, d
            saved = [(a, a.required) for a in optionals]
            groups = [(g, g.required) for g in self._mutex_groups]
            try:
                for a in optionals:
                    a.required = False
                for g in self._mutex_groups:
                    g.required = False
                return self.parse_known_args(rest, ns)
            finally:
                for a, r in saved:
                    a.required = r
                for g, r in groups:
                    g.required = r
        finally:
            self.usage = save_usage


def _nargs_pattern(a):
    n = a.nargs
    if n is None:
        p = '(-*A-*)'
    elif n == OPTIONAL:
        p = '(-*A?-*)'
    elif n == ZERO_OR_MORE:
        p = '(-*[A-]*)'
    elif n == ONE_OR_MORE:
        p = '(-*A[A-]*)'
    elif n == REMAINDER:
        p = '([-AO]*)'
    elif n == PARSER:
        p = '(-*A[-AO]*)'
    elif n == SUPPRESS:
        p = '(-*-*)'
    else:
        p = '(-*%s-*)' % '-*'.join('A' * n)
    if a.option_strings:
        p = p.replace('-*', '').replace('-', '')
    return p


class _Parse:
    """One run of the parser over an argument list: positionals and optionals are consumed alternately by
    matching each action's nargs pattern against a string of O/A/- codes, as CPython does."""

    def __init__(self, parser, args, ns):
        self.parser = parser
        self.args = args
        self.ns = ns
        self.options = parser._option_map()
        self.found = {}
        codes = []
        for i, arg in enumerate(args):
            if arg == '--':
                codes.append('-')
                codes.extend('A' * (len(args) - i - 1))
                break
            t = parser._classify(arg, self.options)
            if t is None:
                codes.append('A')
            else:
                self.found[i] = t
                codes.append('O')
        self.codes = ''.join(codes)
        self.seen = set()
        self.seen_non_default = set()
        self.extras = []
        self.sub_extras = []
        self.positionals = [a for a in parser._actions if not a.option_strings]

    def run(self):
        p = self.parser
        start = 0
        last = max(self.found) if self.found else -1
        while start <= last:
            nxt = min(i for i in self.found if i >= start)
            if start != nxt:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in self.found:
                self.extras.extend(self.args[start:nxt])
                start = nxt
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.args[stop:])
        missing = []
        for a in p._actions:
            if a in self.seen:
                continue
            if a.required:
                missing.append(_action_name(a))
            elif isinstance(a.default, str) and a.dest is not SUPPRESS and hasattr(self.ns, a.dest) \
                    and getattr(self.ns, a.dest) is a.default:
                setattr(self.ns, a.dest, p._convert(a, a.default, check=False))
        if missing:
            p.error('the following arguments are required: %s' % ', '.join(missing))
        for g in p._mutex_groups:
            if g.required and not any(a in self.seen_non_default for a in g._actions):
                p.error('one of the arguments %s is required'
                        % ' '.join(_action_name(a) for a in g._actions if a.help is not SUPPRESS))
        return self.ns, self.extras + self.sub_extras

    def consume_positionals(self, start):
        counts = []
        tail = self.codes[start:]
        for k in range(len(self.positionals), 0, -1):
            m = _re.match(''.join(_nargs_pattern(a) for a in self.positionals[:k]), tail)
            if m is not None:
                counts = [len(g) for g in m.groups()]
                break
        for a, n in zip(self.positionals, counts):
            self.take(a, self.args[start:start + n])
            start += n
        del self.positionals[:len(counts)]
        return start

    def consume_optional(self, start):
        a, opt, explicit = self.found[start]
        pending = []
        while True:
            if a is None:
                self.extras.append(self.args[start])
                return start + 1
            if explicit is None:
                begin = start + 1
                n = _match_count(a, self.codes[begin:])
                stop = begin + n
                pending.append((a, self.args[begin:stop], opt))
                break
            n = _match_count(a, 'A')
            if n == 0 and opt[1] != '-' and explicit != '':
                # -xyz with -x taking no value: go on with -y, then -z
                pending.append((a, [], opt))
                opt = opt[0] + explicit[0]
                rest = explicit[1:] or None
                if opt not in self.options:
                    raise ArgumentError(a, 'ignored explicit argument %r' % explicit)
                a, explicit = self.options[opt], rest
            elif n == 1:
                stop = start + 1
                pending.append((a, [explicit], opt))
                break
            else:
                raise ArgumentError(a, 'ignored explicit argument %r' % explicit)
        for a, values, opt in pending:
            self.take(a, values, opt)
        return stop

    def take(self, a, strings, opt=None):
        self.seen.add(a)
        value = self.parser._values(a, strings)
        if value is not a.default:
            self.seen_non_default.add(a)
            group = getattr(a, '_exclusive', None)
            if group is not None:
                for other in group._actions:
                    if other is not a and other in self.seen_non_default:
                        raise ArgumentError(a, 'not allowed with argument %s' % _action_name(other))
        if value is not SUPPRESS:
            self.parser._apply(a, self.ns, value, opt, self)


def _match_count(a, codes):
    m = _re.match(_nargs_pattern(a), codes)
    if m is None:
        msg = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
               ONE_OR_MORE: 'expected at least one argument'}.get(a.nargs)
        if msg is None:
            msg = 'expected %s argument%s' % (a.nargs, '' if a.nargs == 1 else 's')
        raise ArgumentError(a, msg)
    return len(m.group(1))


def _action_name(a):
    if a.option_strings:
        return '/'.join(a.option_strings)
    if a.metavar not in (None, SUPPRESS):
        return a.metavar
    if a.dest not in (None, SUPPRESS):
        return a.dest
    if a.choices:
        return '{' + ','.join(a.choices) + '}'
    return None


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
