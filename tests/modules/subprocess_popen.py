# subprocess.Popen: pipes as file objects, communicate, wait, poll, signals, the context manager.
import io
import subprocess
import threading
import time

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.returncode, p.poll(), p.stderr, type(p.pid).__name__)
p.stdin.write(b'line1\n')
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b'line2\nline3\n')
print(p.stdout.readable(), p.stdin.writable(), p.stdout.seekable(), p.stdin.seekable())
p.stdin.close()
try:
    p.stdin.writable()
except ValueError as e:
    print(e)
print(list(p.stdout))
print(p.wait(), p.returncode, p.poll())
print(repr(p).split(' args')[0])
print(isinstance(p.stdout, io.BufferedIOBase), isinstance(p.stdin, io.BufferedIOBase), p.stdout.closed)
p.stdout.close()
print(p.stdout.closed)

# Line by line in text mode, with line buffering.
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
print(isinstance(p.stdin, io.TextIOWrapper), p.text_mode, p.universal_newlines)
for w in ['alpha', 'beta']:
    p.stdin.write(w + '\n')
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

with subprocess.Popen(['sh', '-c', 'printf "a\\r\\nb\\rc"'], stdout=subprocess.PIPE, text=True) as p:
    print(repr(p.stdout.readline()))
    print(repr(p.stdout.read()))
print(p.returncode)

with subprocess.Popen(['echo', 'bytes'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read(3), p.stdout.read1(100), p.stdout.read())

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                      universal_newlines=True) as p:
    print(p.communicate('x\ny\n'))
    print(p.returncode)
    try:
        p.communicate('more')
    except ValueError as e:
        print(e)
    print(p.communicate())

with subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo oops >&2; exit 1'], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
    print(p.communicate(b'42\n'), p.returncode)

p = subprocess.Popen(['echo', 'a' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p).replace('a' * 10, 'A'))

p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output)
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p.kill()
p.send_signal(15)
print(p.returncode)
print(subprocess.CalledProcessError(-9, ['x']))
print(subprocess.CalledProcessError(-15, 'y'))
print(subprocess.CalledProcessError(-99, 'x'))

p = subprocess.Popen(['sh', '-c', 'echo partial; sleep 10'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout)
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen(['sh', '-c', 'exit 5'])
while p.poll() is None:
    time.sleep(0.01)
print(p.returncode, p.wait())

out = []
def worker():
    out.append(subprocess.run(['echo', 'thread'], capture_output=True, text=True).stdout)
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)

print(subprocess.Popen[bytes])
