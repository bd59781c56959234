"""Krait's subprocess: child processes on the JVM's ProcessBuilder (the runtime's _ksubprocess).

The API and its errors are CPython's: run, call, check_call, check_output, getoutput, getstatusoutput, Popen (pipes
as file objects, communicate with timeouts, wait, poll, signals), CompletedProcess, CalledProcessError,
TimeoutExpired. What the JVM cannot do: run Python code in the child (preexec_fn), change its user, groups or
umask, or pass it descriptors other than 0-2 (pass_fds); a child killed by a signal Krait did not send reports
128 + the signal number, as a shell does, instead of minus it.
"""

import io
import os
import signal
import sys
import time
import types
import _ksubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command, waits for it and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs the command and waits for it; a non-zero exit status raises CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its output; a non-zero exit status raises CalledProcessError."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """The command line the MS C runtime would split into seq (quoting with double quotes and backslashes)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of the command run by the shell, stderr included, without a final newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of the command run by the shell, without a final newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# ------------------------------------------------------------------------------------------ pipe file objects

_next_fd = [3]


def _new_fd():
    fd = _next_fd[0]
    _next_fd[0] += 1
    return fd


class _PipeEnd(io.BufferedIOBase):
    """The parent's end of one of a child's standard streams (binary): what reading and writing ends share."""

    _mode = _kind = None

    def __init__(self, pipe):
        self._pipe = pipe
        self._fd = _new_fd()

    def seekable(self):
        self._checkClosed('I/O operation on closed file')
        return False

    def fileno(self):
        return self._fd

    @property
    def name(self):
        return self._fd

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._pipe.closed

    def close(self):
        self._pipe.close()

    def __repr__(self):
        return '<_io.%s name=%d>' % (self._kind, self._fd)


class _PipeReader(_PipeEnd):
    """The parent's reading end of a child's stdout or stderr."""

    _mode = 'rb'
    _kind = 'BufferedReader'

    def read(self, size=-1):
        return self._pipe.read(size)

    def read1(self, size=-1):
        return self._pipe.read1(size)

    def readline(self, size=-1):
        return self._pipe.readline(size)

    def readinto(self, b):
        data = self._pipe.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readable(self):
        self._checkClosed('I/O operation on closed file')
        return True


class _PipeWriter(_PipeEnd):
    """The parent's writing end of a child's stdin (buffered until flush or close)."""

    _mode = 'wb'
    _kind = 'BufferedWriter'

    def write(self, b):
        return self._pipe.write(b)

    def flush(self):
        if self._pipe.closed:
            raise ValueError('flush of closed file')
        self._pipe.flush()

    def writable(self):
        self._checkClosed('I/O operation on closed file')
        return True


class _PipeText(io.TextIOWrapper):
    """Text from a child's output: decoded as it arrives (a line at a time), with universal newlines."""

    def __init__(self, buffer, encoding=None, errors=None):
        super().__init__(buffer, encoding=encoding, errors=errors)
        import codecs
        self._decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)
        self._cr = False

    def _feed(self, data, final=False):
        text = self._decoder.decode(data, final)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._cr = True
        self._pending += text.replace('\r\n', '\n').replace('\r', '\n')

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            self._feed(self._buffer.read(), True)
            text, self._pending = self._pending, ''
            return text
        while len(self._pending) < size:
            data = self._buffer.read1(8192)
            self._feed(data, not data)
            if not data:
                break
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._checkClosed()
        while '\n' not in self._pending:
            data = self._buffer.readline()
            self._feed(data, not data)
            if not data:
                break
        i = self._pending.find('\n')
        end = len(self._pending) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def __repr__(self):
        return "<_io.TextIOWrapper name=%d encoding='%s'>" % (self._buffer.fileno(), self.encoding)


# ---------------------------------------------------------------------------------------------------- Popen

def _fsdecode(arg):
    if isinstance(arg, str):
        return arg
    if isinstance(arg, (bytes, bytearray)):
        return bytes(arg).decode('utf-8', 'surrogateescape')
    fspath = getattr(type(arg), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(arg).__name__)
    return _fsdecode(fspath(arg))


def _open_file_types():
    with open(os.devnull) as t, open(os.devnull, 'rb') as b:
        return (type(t), type(b))


class Popen:
    """Executes a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        for name, value, unset in (('preexec_fn', preexec_fn, None), ('user', user, None),
                                   ('group', group, None), ('extra_groups', extra_groups, None),
                                   ('umask', umask, -1), ('pass_fds', tuple(pass_fds), ())):
            if value != unset:
                raise ValueError("the %r parameter is not supported by Krait" % name)

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            import locale
            self.encoding = encoding = locale.getencoding()
        line_buffering = bool(self.text_mode) and bufsize == 1

        argv, program = self._command(args, executable, shell)
        if cwd is not None:
            cwd_str = _fsdecode(cwd)
            if not os.path.isdir(cwd_str):
                if os.path.exists(cwd_str):
                    raise NotADirectoryError(20, 'Not a directory', cwd)
                raise FileNotFoundError(2, 'No such file or directory', cwd)
        else:
            cwd_str = None
        if env is None:
            env = os.environ
        env = {_fsdecode(k): _fsdecode(v) for k, v in env.items()}
        self._resolve(argv, program, env)

        self._proc = _ksubprocess.spawn(argv, cwd_str, env, self._stream(stdin, 0), self._stream(stdout, 1),
                                        self._stream(stderr, 2))
        self._child_created = True
        self.pid = self._proc.pid
        if self._proc.stdin is not None:
            self.stdin = _PipeWriter(self._proc.stdin)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        if self._proc.stdout is not None:
            self.stdout = _PipeReader(self._proc.stdout)
            if self.text_mode:
                self.stdout = _PipeText(self.stdout, encoding=encoding, errors=errors)
        if self._proc.stderr is not None:
            self.stderr = _PipeReader(self._proc.stderr)
            if self.text_mode:
                self.stderr = _PipeText(self.stderr, encoding=encoding, errors=errors)

    @staticmethod
    def _command(args, executable, shell):
        """The argument list to execute and the name of the program (for errors), as CPython builds them."""
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        argv = [_fsdecode(a) for a in args]
        if executable is None:
            executable = args[0]
        program = _fsdecode(executable)
        if shell or executable is not args[0]:
            argv[0] = program
        return argv, executable

    @staticmethod
    def _resolve(argv, program, env):
        """Finds the program on env's PATH as execvpe would: a missing one is FileNotFoundError."""
        name = argv[0]
        if '/' in name:
            return
        path = env.get('PATH', '/bin:/usr/bin')
        denied = False
        for d in path.split(':'):
            candidate = os.path.join(d, name)
            if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                # The JVM searches its own PATH: a different one in env is searched here.
                if path != _ksubprocess.jvm_path:
                    argv[0] = candidate
                return
            if os.path.exists(candidate):
                denied = True
        if denied:
            raise PermissionError(13, 'Permission denied', program)
        raise FileNotFoundError(2, 'No such file or directory', program)

    @staticmethod
    def _stream(spec, fd):
        if spec is None or spec in (PIPE, DEVNULL) or (spec == STDOUT and fd == 2):
            return spec
        if isinstance(spec, int):
            if spec < 0:
                raise OSError(9, 'Bad file descriptor')
            return spec
        if isinstance(spec, _open_file_types()):
            return spec
        if spec in (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__):
            spec.flush() if spec is not sys.stdin and spec is not sys.__stdin__ else None
            return spec.fileno()
        return spec.fileno()

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def communicate(self, input=None, timeout=None):
        """Sends input to stdin and closes it, reads stdout and stderr to the end, waits for the process.
        Returns (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
        data = self._input_bytes(input, timeout)
        endtime = None if timeout is None else time.monotonic() + timeout
        pending = [f._pending if isinstance(f, _PipeText) else '' for f in (self.stdout, self.stderr)]
        try:
            out, err, finished = self._proc.communicate(data, timeout)
        finally:
            self._communication_started = True
        if not finished:
            raise TimeoutExpired(self.args, timeout, output=out, stderr=err)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        self.wait(timeout=None if endtime is None else endtime - time.monotonic())
        if self.text_mode:
            if out is not None:
                out = pending[0] + self._translate_newlines(out, self.stdout.encoding, self.stdout.errors)
            if err is not None:
                err = pending[1] + self._translate_newlines(err, self.stderr.encoding, self.stderr.errors)
        return (out, err)

    def _input_bytes(self, input, timeout):
        """The input as bytes, with the TypeError CPython's code path for this call would raise."""
        if not self.stdin or input is None or self._communication_started:
            return None
        single = timeout is None and [self.stdin, self.stdout, self.stderr].count(None) >= 2
        if self.text_mode:
            if isinstance(input, str):
                return input.encode(self.stdin.encoding, self.stdin.errors)
            if single:
                raise TypeError('write() argument must be str, not %s' % type(input).__name__)
            raise AttributeError("'%s' object has no attribute 'encode'" % type(input).__name__)
        if isinstance(input, (bytes, bytearray, memoryview)):
            return bytes(input)
        if single:
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(input).__name__)

    def poll(self):
        """The exit status if the process has ended (and sets returncode), else None."""
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the process to end and returns its exit status; TimeoutExpired if it outlasts timeout."""
        if self.returncode is not None:
            return self.returncode
        rc = self._proc.wait(timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def send_signal(self, sig):
        """Sends the signal to the process (nothing once it has ended)."""
        self.poll()
        if self.returncode is not None:
            return
        self._proc.signal(sig)

    def terminate(self):
        """Terminates the process with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kills the process with SIGKILL."""
        self.send_signal(signal.SIGKILL)
