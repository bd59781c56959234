"""getopt: a parser for command line options in the style of C's getopt() (short options like -a, -b VALUE,
-bVALUE; long options like --name, --name=VALUE, --name VALUE, abbreviated to any unique prefix)."""
import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what is wrong, opt names the option (without its dashes)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_options(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parses the options at the start of args (a list like sys.argv[1:]); returns (options, rest), options a
    list of (option, value) pairs such as ('-a', '') or ('--name', 'value').

    shortopts holds the short option letters, each followed by ':' if it takes a value; longopts the long
    option names, each followed by '=' if it takes one. Parsing stops at the first argument that is not an
    option, or after '--'."""
    opts = []
    longopts = _long_options(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _parse_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _parse_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may be mixed (GNU style), unless shortopts starts with
    '+' or the environment variable POSIXLY_CORRECT is set, when parsing stops at the first non-option."""
    opts = []
    rest = []
    longopts = _long_options(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    else:
        stop_at_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _parse_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _parse_short(opts, arg[1:], shortopts, args[1:])
        elif stop_at_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _parse_long(opts, opt, longopts, args):
    opt, eq, value = opt.partition('=')
    if not eq:
        value = None
    takes_value, opt = _match_long(opt, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def _match_long(opt, longopts):
    """(whether the option takes a value, its full name) for a long option given as opt, maybe abbreviated."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _parse_short(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_value(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_takes_value(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
