# subprocess's errors: missing programs and directories, bad arguments, as CPython reports them.
import os
import subprocess
import tempfile

try:
    subprocess.run(['nosuchprog', 'arg'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
try:
    subprocess.Popen('nosuchprog')
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['./nosuchprog'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['ls'], env={'PATH': '/nonexistent'})
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['echo'], executable='/no/such/echo')
except FileNotFoundError as e:
    print(e)
print(subprocess.run('nosuchprog 2>/dev/null', shell=True).returncode)

with tempfile.TemporaryDirectory() as d:
    missing = os.path.join(d, 'nope')
    try:
        subprocess.run(['ls'], cwd=missing)
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename == missing)
    path = os.path.join(d, 'file.txt')
    with open(path, 'w') as f:
        f.write('echo hi\n')
    try:
        subprocess.run(['ls'], cwd=path)
    except NotADirectoryError as e:
        print(e.errno, e.strerror, e.filename == path)
    try:
        subprocess.run([path])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    try:
        subprocess.run(['file.txt'], env={'PATH': d})
    except PermissionError as e:
        print(e)

for bad in [dict(stdin=subprocess.PIPE, input=b'x'), dict(capture_output=True, stdout=subprocess.PIPE),
            dict(capture_output=True, stderr=subprocess.DEVNULL)]:
    try:
        subprocess.run(['cat'], **bad)
    except ValueError as e:
        print(e)
for kw in ['stdout', 'check']:
    try:
        subprocess.check_output(['echo'], **{kw: None})
    except ValueError as e:
        print(e)
try:
    subprocess.run(['echo', 1])
except TypeError as e:
    print(e)
try:
    subprocess.run([])
except IndexError as e:
    print('IndexError', e)
try:
    subprocess.run(['cat'], input='str')
except TypeError as e:
    print(e)
try:
    subprocess.run(['cat'], input='str', capture_output=True)
except TypeError as e:
    print(e)
try:
    subprocess.run(['cat'], input=b'bytes', text=True)
except TypeError as e:
    print(e)
try:
    subprocess.run(['cat'], input=b'bytes', text=True, capture_output=True)
except AttributeError as e:
    print(e)
try:
    subprocess.Popen(['echo'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
try:
    subprocess.Popen(['echo'], bufsize='x')
except TypeError as e:
    print(e)
try:
    subprocess.Popen(['echo'], pipesize=1.5)
except TypeError as e:
    print(e)
try:
    subprocess.Popen(['echo'], creationflags=1)
except ValueError as e:
    print(e)
try:
    subprocess.Popen(['echo'], startupinfo=object())
except ValueError as e:
    print(e)
e = subprocess.TimeoutExpired(['cmd', 'x'], 2.5, output=b'o')
print(e, e.stdout, e.stderr, e.args)
e.stdout = b'new'
print(e.output)
e = subprocess.CalledProcessError(1, 'c', 'out', 'err')
e.stdout = 'changed'
print(e.output, e.args)
