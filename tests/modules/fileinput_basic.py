# fileinput: FileInput and input() over several files, the position functions, nextfile, readline,
# binary mode, hooks, in-place rewriting with backups, standard input, and the errors.
import fileinput
import os
import sys
import tempfile

d = tempfile.mkdtemp()
names = []
for name, text in [('a.txt', 'a1\na2\na3\n'), ('empty.txt', ''), ('b.txt', 'b1\nb2'), ('c.txt', 'c1\n')]:
    p = os.path.join(d, name)
    with open(p, 'w') as f:
        f.write(text)
    names.append(p)
base = os.path.basename

for line in fileinput.input(names):
    print(repr(line), base(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin())
print(base(fileinput.filename()), fileinput.lineno(), fileinput.filelineno())
fileinput.close()
for f in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isfirstline):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError:', e)

fi = fileinput.input(names)
print(fi.filename(), fi.lineno(), fi.fileno())
print(next(fi), end='')
try:
    fileinput.input(names)
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.nextfile()
print(repr(next(fi)), base(fileinput.filename()), fileinput.lineno(), fileinput.filelineno())
fileinput.close()

with fileinput.FileInput(names[0], mode='rb') as fi:
    print(list(fi), fi.lineno(), base(fi.filename()))
with fileinput.FileInput(files=names[2:]) as fi:
    print(repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), fi.lineno())
    print(repr(fi.readline()), base(fi.filename()))
with fileinput.FileInput(names, openhook=fileinput.hook_encoded('utf-8')) as fi:
    print([l.strip() for l in fi])
opened = []
def hook(path, mode):
    opened.append((base(path), mode))
    return open(path, mode)
print(sum(1 for _ in fileinput.FileInput(names, openhook=hook)), opened)
with fileinput.FileInput(names[0], openhook=fileinput.hook_compressed) as fi:
    print(fi.readline(), end='')

# in place: stdout goes to the file being rewritten
for line in fileinput.input(names[0], inplace=True):
    print(fileinput.filelineno(), line.upper(), end='')
print('after inplace:', open(names[0]).read().split('\n'), sorted(os.listdir(d)))
for line in fileinput.input(names[2], inplace=True, backup='.orig'):
    sys.stdout.write(line.replace('b', 'B'))
print(open(names[2]).read().split('\n'), open(names[2] + '.orig').read().split('\n'), sorted(os.listdir(d)))

# standard input (empty under the test runner)
with fileinput.input(['-']) as fi:
    print(list(fi), fi.filename(), fi.isstdin())
sys.argv[1:] = [names[3]]
with fileinput.input() as fi:
    print([(l, base(fi.filename())) for l in fi])

for kw in [dict(mode='w'), dict(mode='rU'), dict(openhook=1), dict(openhook=hook, inplace=True)]:
    try:
        fileinput.FileInput(names, **kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(fileinput.FileInput([os.path.join(d, 'missing.txt')]))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, base(e.filename))
print(fileinput.FileInput[str])
for n in sorted(os.listdir(d)):
    os.remove(os.path.join(d, n))
os.rmdir(d)
