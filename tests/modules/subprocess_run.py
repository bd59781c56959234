# subprocess.run and its helpers: capture, redirection, input, text modes, check, env, cwd, timeouts.
import os
import subprocess
import tempfile

print(subprocess.run(['echo', 'hello'], capture_output=True))
print(subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE, text=True))
print(subprocess.run('echo a; echo b >&2; exit 3', shell=True, capture_output=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(['sh', '-c', 'echo to-err >&2'], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL))
print(subprocess.run(['cat'], input=b'abc\r\ndef', capture_output=True))
print(subprocess.run(['cat'], input='abc\r\ndef\rghi', capture_output=True, text=True))
print(subprocess.run(['cat'], input='h\xe9llo', capture_output=True, encoding='latin-1'))
print(subprocess.run(['cat'], input='x\n', capture_output=True, universal_newlines=True))
print(subprocess.run(['false'], stdin=subprocess.DEVNULL))
print(subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL))
print(subprocess.run(['sh', '-c', 'cat; echo done'], stdin=subprocess.DEVNULL, capture_output=True).stdout)

data = b'0123456789' * 30000
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.returncode)

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.run('echo partial; exit 4', shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr), e.output is e.stdout)

try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.stdout, e.stderr, e.cmd)

print(subprocess.check_output(['echo', 'co']))
print(subprocess.check_output('echo $FOO', shell=True, env={'FOO': 'bar'}, text=True))
print(subprocess.check_output(['cat'], input=None))
print(subprocess.check_output(['cat'], input=None, text=True) == '')
print(subprocess.check_output(['sh', '-c', 'echo e >&2'], stderr=subprocess.STDOUT))
print(subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_output('exit 9', shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.getstatusoutput('echo hi; exit 3'))
print(subprocess.getstatusoutput('printf "no newline"'))
print(subprocess.getoutput('echo out; echo err 1>&2'))

env = dict(os.environ, KRAIT_T='1')
print(subprocess.run(['sh', '-c', 'echo $KRAIT_T'], env=env, capture_output=True).stdout)
print(subprocess.run(['echo', 'x'], executable='/bin/echo', capture_output=True).stdout)

with tempfile.TemporaryDirectory() as d:
    print(subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout == os.path.realpath(d) + '\n')
    path = os.path.join(d, 'out.txt')
    with open(path, 'w') as f:
        f.write('first\n')
        subprocess.run(['echo', 'second'], stdout=f)
        f.write('third\n')
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(subprocess.run(['wc', '-l'], stdin=f, capture_output=True, text=True).stdout.strip())
    with open(path, 'a') as f:
        subprocess.run(['sh', '-c', 'echo err >&2'], stderr=f)
    with open(path) as f:
        print(f.read().splitlines())
    open(os.path.join(d, 'b.txt'), 'w').close()
    print(subprocess.run(['ls'], cwd=d, capture_output=True, text=True).stdout.split())

c = subprocess.CompletedProcess('x', 1, 'o', 'e')
print(c)
try:
    c.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
print(subprocess.CompletedProcess(['a'], 0).check_returncode())
print(subprocess.CompletedProcess[str])
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\"g', '', 'tab\there', 'plain']))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(sorted(subprocess.__all__))
