# optparse: the OptionError messages for inconsistent option definitions, and the other exceptions.
import optparse
from optparse import Option, OptionParser

cases = [
    ((), {}),
    (('-',), {}),
    (('--',), {}),
    (('-ab',), {}),
    (('---x',), {}),
    (('x',), {}),
    (('-a',), {'bogus': 1, 'other': 2}),
    (('-a',), {'action': 'explode'}),
    (('-a',), {'type': 'number'}),
    (('-a',), {'action': 'store_true', 'type': 'int'}),
    (('-a',), {'type': 'choice'}),
    (('-a',), {'type': 'choice', 'choices': 'abc'}),
    (('-a',), {'type': 'int', 'choices': ['1']}),
    (('-a',), {'action': 'store', 'const': 1}),
    (('-a',), {'action': 'count', 'nargs': 2}),
    (('-a',), {'action': 'callback', 'callback': 5}),
    (('-a',), {'action': 'callback', 'callback': print, 'callback_args': [1]}),
    (('-a',), {'action': 'callback', 'callback': print, 'callback_kwargs': 1}),
    (('-a',), {'callback': print}),
    (('-a',), {'callback_args': (1,)}),
    (('-a',), {'callback_kwargs': {}}),
]
for args, kwargs in cases:
    try:
        o = Option(*args, **kwargs)
        print('ok', o, o.action, o.type, o.dest)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)

for args, kwargs in [(('-a', '--all-things'), {}), (('-b',), {'type': int}), (('-c',), {'type': str}),
                     (('--x',), {'action': 'store_const', 'const': 1}), (('-d',), {'choices': ['a']}),
                     (('-e',), {'action': 'callback', 'callback': print}),
                     (('-f',), {'action': 'callback', 'callback': print, 'type': 'int'})]:
    o = Option(*args, **kwargs)
    print(o, o.action, o.type, o.dest, o.nargs, o.takes_value(), o.get_opt_string(), o.default)

p = OptionParser()
for bad in [lambda: p.add_option(1), lambda: p.add_option(Option('-z'), dest='x'),
            lambda: p.add_option_group(5), lambda: p.add_option_group(optparse.OptionGroup(OptionParser(), 't')),
            lambda: p.add_option_group(1, 2), lambda: OptionParser(conflict_handler='ignore'),
            lambda: optparse.Values()._update({}, 'strict')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(optparse.BadOptionError('-x'), optparse.AmbiguousOptionError('--a', ['--ab', '--ac']))
print(optparse.OptionValueError('bad value'), optparse.OptionError('msg', None), optparse.OptionError('msg', ''))
print(issubclass(optparse.AmbiguousOptionError, optparse.BadOptionError),
      issubclass(optparse.OptionConflictError, optparse.OptionError),
      issubclass(optparse.OptParseError, Exception))
try:
    optparse.check_choice(Option('-m', choices=['a', 'b']), '-m', 'c')
except optparse.OptionValueError as e:
    print(e)


class MyOption(Option):
    TYPES = Option.TYPES + ('upper',)
    TYPE_CHECKER = dict(Option.TYPE_CHECKER, upper=lambda option, opt, value: value.upper())


p = OptionParser(option_class=MyOption, prog='mine')
p.add_option('-u', type='upper', default='dflt')
print(p.parse_args(['-u', 'abc'])[0], p.parse_args([])[0])
p.set_process_default_values(False)
print(p.parse_args([])[0])
import sys
sys.argv = ['/path/to/tool.py', '-q']
p = OptionParser()
p.add_option('-q', action='store_true')
values, rest = p.parse_args()
print(p.get_prog_name(), values, rest)
p.parse_args(['--unknown'])
