# shlex: split/quote/join, the shlex lexer in POSIX and non-POSIX modes, punctuation_chars, errors.
import io
import shlex

cases = [
    'a b c',
    '  leading and   trailing  ',
    'foo "bar baz" \'qux quux\'',
    r'escaped\ space "in \"dq\" \\ \$x" \'sq\'',
    r"'single \n stays' \n",
    'a"b"c d\'e\'f',
    '""  \'\'  x""y',
    'cmd # comment here',
    'x=1 y="2 3" | grep -v foo > out.txt 2>&1',
    'ünïcödé wörds ßtraße',
    'tab\tseparated\nnew line',
    '',
    '   ',
    r'a\\b c\"d',
    '"a\\b"',
    '"\\\\"',
]
for c in cases:
    print(repr(c), shlex.split(c), shlex.split(c, comments=True), shlex.split(c, posix=False))

for bad in ['"unterminated', "it's", 'back\\', '"a\\', "'x"]:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError:", e)

for s in ['', 'abc', 'a b', "it's", 'safe@%+=:,./-_', 'tab\there', '$HOME', 'ü', '*.py', '"q"']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '', 'a;b']))
print(shlex.split(shlex.join(['x y', "'", '"', '\\'])))

def tokens(text, **kw):
    attrs = kw.pop('attrs', {})
    lex = shlex.shlex(text, **kw)
    for k, v in attrs.items():
        setattr(lex, k, v)
    return list(lex)

text = 'a && b || c; (d) > e >> f < g|h&i echo "x y" ~/dir/*.txt --opt=val'
print(tokens(text))
print(tokens(text, posix=True))
print(tokens(text, punctuation_chars=True))
print(tokens(text, posix=True, punctuation_chars=True))
print(tokens(text, posix=True, punctuation_chars=True, attrs={'whitespace_split': True}))
print(tokens(text, punctuation_chars='|&', attrs={'whitespace_split': True}))
print(tokens('a,b;c', attrs={'whitespace': ' ,'}))
print(tokens('a = 1 % note\nb = 2', attrs={'commenters': '%'}))
print(tokens('a = 1 % note\nb = 2', posix=True, attrs={'commenters': '%'}))
print(tokens('one#two three', posix=True))
print(tokens('one#two three'))
print(tokens("x = 'a b' + \"c\\\"d\"", posix=True, attrs={'escapedquotes': '"\''}))
print(tokens("x = 'a\\'b'", posix=True, attrs={'escapedquotes': '"\''}))
print(tokens('%a b%', posix=True, attrs={'quotes': '%'}))

lex = shlex.shlex('first second\nthird "fourth"\n\nfifth', infile='cfg.txt')
print(lex.eof == '', lex.posix, lex.punctuation_chars, repr(lex.whitespace), lex.quotes, lex.escape)
print(lex.wordchars)
print(shlex.shlex(posix=True).wordchars)
print(shlex.shlex(punctuation_chars=True).wordchars)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(lex.error_leader(), lex.error_leader('other', 7))
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('a b', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex(io.StringIO('from stream'))
print(lex.read_token(), lex.read_token(), repr(lex.read_token()), lex.state)

# push_source: tokens of the pushed stream come first, then the rest
lex = shlex.shlex('outer1 outer2')
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.infile, list(lex))
