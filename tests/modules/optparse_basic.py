# optparse: actions, types, defaults, dest, metavar, groups, callbacks, help and usage, errors as CPython's.
import sys
import optparse
from optparse import OptionParser, OptionGroup, Option, make_option

sys.stderr = sys.stdout


def run(parser, args):
    try:
        values, rest = parser.parse_args(args)
        print(sorted(vars(values).items()), rest)
    except SystemExit as e:
        print('exit', e.code)


p = OptionParser(prog='prog', usage='%prog [options] FILE...', version='%prog 1.0',
                 description='Does things to the files given, in the order given, with the options below.',
                 epilog='See the manual for more.')
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('-n', '--num', type='int', default=3, help='how many [default: %default]')
p.add_option('-x', type='float', dest='ratio')
p.add_option('--mode', type='choice', choices=['fast', 'slow'], help='mode')
p.add_option('-I', '--include', action='append', help='include dirs')
p.add_option('-c', action='count', dest='level')
p.add_option('--const', action='store_const', const=42)
p.add_option('--ac', action='append_const', const='k', dest='ks')
p.add_option('--pair', nargs=2, type='int')
p.add_option('--secret', help=optparse.SUPPRESS_HELP)
p.add_option('--a-very-long-option-name', metavar='SOMETHING_LONG',
             help='an option whose strings are too long to leave room for the help text beside them, so it wraps')
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk. It is believed that some '
                'of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)
g2 = p.add_option_group('Debug')
g2.add_option('--debug', action='store_true')

run(p, [])
run(p, ['-f', 'out.txt', 'a', '-q', 'b'])
run(p, ['--file=x', '-n', '0x1f', '-x', '2.5', '--mode', 'slow', '-I', 'a', '-Ib', '--inc', 'c'])
run(p, ['-vccc', '-fname', '--const', '--ac', '--ac', '--pair', '1', '2', '--', '-v'])
run(p, ['-n', '010', '-n0b101', '--num=-7', '-g', '--debug', '--secret', 's'])
run(p, ['-n', '08'])
run(p, ['-n', 'abc'])
run(p, ['-x', 'nan?'])
run(p, ['--mode', 'medium'])
run(p, ['--bogus'])
run(p, ['-z'])
run(p, ['--de'])
run(p, ['--a'])
run(p, ['--quiet=yes'])
run(p, ['--pair', '1'])
run(p, ['-f'])
run(p, ['--file'])
run(p, ['--version'])
run(p, ['-h'])
print(p.get_usage(), end='')
print(repr(p.get_version()))
print(p.get_option('-f'), p.get_option('--num').type, p.has_option('--mode'), p.has_option('--nope'))
print(p.get_option_group('-g') is g, p.get_option_group('-f'))
print(p.defaults['num'], p.get_default_values().num)

p2 = OptionParser(prog='p2')
p2.disable_interspersed_args()
p2.add_option('-a', action='store_true')
run(p2, ['-a', 'cmd', '-a'])
p2.enable_interspersed_args()
run(p2, ['-a', 'cmd', '-a'])
p2.set_defaults(a=False, extra='e')
run(p2, [])
p2.remove_option('-a')
run(p2, ['-a'])
try:
    p2.remove_option('-a')
except ValueError as e:
    print(e)


def cb(option, opt_str, value, parser, *args, **kwargs):
    print('callback', option, opt_str, value, args, kwargs, parser.largs, parser.rargs)
    setattr(parser.values, option.dest or 'cb', value)


p3 = OptionParser(prog='p3', add_help_option=False)
p3.add_option('--cb', action='callback', callback=cb, type='string', callback_args=(1,), callback_kwargs={'k': 2})
p3.add_option('-C', action='callback', callback=cb)
run(p3, ['x', '--cb', 'val', '-C', 'y'])
run(p3, ['-h'])
p3.print_help()

p4 = OptionParser(prog='p4', usage=optparse.SUPPRESS_USAGE, formatter=optparse.TitledHelpFormatter())
p4.add_option('-s', '--size', type='int', help='the size')
g = p4.add_option_group('More')
g.add_option('--m', action='store_true', help='more')
p4.print_help()
run(p4, ['-s'])

p5 = OptionParser(prog='p5', usage='usage: %prog go', conflict_handler='resolve')
p5.add_option('-a', '--all', action='store_true', help='first')
p5.add_option('-a', '--also', action='store_true', help='second')
p5.print_help()
p6 = OptionParser(prog='p6')
p6.add_option('-a', action='store_true')
try:
    p6.add_option('-a', '--b')
except optparse.OptionConflictError as e:
    print(type(e).__name__, e)

fmt = optparse.IndentedHelpFormatter(width=40, max_help_position=10, indent_increment=4, short_first=0)
p7 = OptionParser(prog='p7', formatter=fmt, usage='%prog')
p7.add_option('-o', '--output', metavar='OUT', help='the output file, which is written at the end of the run')
fmt.set_long_opt_delimiter(' ')
fmt.set_short_opt_delimiter('')
p7.print_help()
for bad in [lambda: fmt.set_long_opt_delimiter(':'), lambda: fmt.set_short_opt_delimiter('=')]:
    try:
        bad()
    except ValueError as e:
        print(e)

v = optparse.Values({'a': 1, 'b': None})
print(v, v == {'a': 1, 'b': None}, v == optparse.Values({'a': 1, 'b': None}), v.ensure_value('b', 5), v.b)
v._update_careful({'a': 2, 'c': 3, 'b': None})
print(v)
v._update_loose({'c': 3})
print(v)
print(repr(Option('-q')).startswith('<Option at 0x'), str(make_option('-q', '--quiet')))
