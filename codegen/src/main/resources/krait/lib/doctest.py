"""Krait's doctest: runs the interactive examples found in docstrings and reports as CPython's doctest does
(testmod, run_docstring_examples, the option flags, verbose output, the failure report and the summary)."""
import builtins as _builtins
import inspect as _inspect
import io as _io
import re as _re
import sys as _sys
import traceback as _traceback
from collections import namedtuple as _namedtuple

TestResults = _namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP
                    | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
DIVIDER = '*' * 70


def _indent(s, indent=4):
    return _re.sub('(?m)^(?!$)', indent * ' ', s)


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        examples = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name, self.filename, self.lineno, examples)

    def __lt__(self, other):
        return ((self.name, self.filename, -1 if self.lineno is None else self.lineno)
                < (other.name, other.filename, -1 if other.lineno is None else other.lineno))


_OPTION_RE = _re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', _re.MULTILINE)
_EXCEPTION_RE = _re.compile(r"""
    # Grab the traceback header.  Different versions of Python have
    # said different things on the first traceback line.
    ^(?P<hdr> Traceback\ \(
        (?: most\ recent\ call\ last
        |   innermost\ last
        ) \) :
    )
    \s* $                # toss trailing whitespace on the header.
    (?P<stack> .*?)      # don't blink: absorb stuff until...
    ^ (?P<msg> \w+ .*)   #     a line *starts* with alphanum.
    """, _re.VERBOSE | _re.MULTILINE | _re.DOTALL)


class DocTestParser:
    def parse(self, string, name='<string>'):
        """Text and Examples, in order: a '>>> ' line with its '... ' continuations is the source, the
        following non-blank lines that start no new example are the expected output."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = min((len(l) - len(l.lstrip(' ')) for l in lines if l.strip()), default=0)
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(' ')
            if not (stripped.startswith('>>>') and (stripped[3:4] in ('', ' '))):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            lineno = i
            source_lines = [line]
            i += 1
            while i < len(lines) and lines[i].startswith(' ' * indent + '...') and lines[i][indent + 3:indent + 4] in ('', ' '):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and lines[i].strip() and not lines[i].lstrip(' ').startswith('>>>'):
                want_lines.append(lines[i])
                i += 1
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            self._check_prompt_blank(source_lines, indent, name, lineno)
            for j, sl in enumerate(want_lines):
                if sl[:indent].strip():
                    raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                     % (lineno + len(source_lines) + j + 1, name, sl))
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            want = '\n'.join(wl[indent:] for wl in want_lines)
            m = _EXCEPTION_RE.match(want)
            exc_msg = m.group('msg') if m else None
            options = self._find_options(source, name, lineno)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno, indent=indent + min_indent,
                                      options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options

    def _is_blank_or_comment(self, source):
        return all(not l.strip() or l.strip().startswith('#') for l in source.split('\n'))


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _inspect.getmodule(obj)
        file = getattr(module, '__file__', None) if module is not None else None
        source_lines = None
        if file:
            try:
                with open(file, encoding='utf-8') as f:
                    source_lines = f.read().splitlines(True)
            except (OSError, UnicodeDecodeError):
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, file)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if _inspect.isclass(obj) or _inspect.ismethoddescriptor(obj) or isinstance(obj, property):
            mod = getattr(obj, '__module__', None)
            if isinstance(obj, property):
                mod = getattr(obj.fget, '__module__', None)
            return mod is None or module.__name__ == mod
        return getattr(obj, '__module__', None) == module.__name__

    def _is_routine(self, obj):
        while hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
        return _inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen, file):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, file)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _inspect.ismodule(obj):
            for valname, val in list(obj.__dict__.items()):
                if (self._is_routine(val) or _inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen, file)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(valname),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, source_lines, globs, seen,
                           file)
        if _inspect.isclass(obj):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_inspect.isroutine(val) or _inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen, file)

    def _get_test(self, obj, name, module, globs, source_lines, file):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = '' if obj.__doc__ is None else obj.__doc__
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        return self._parser.get_doctest(docstring, globs, name, file, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line the docstring starts on (counted from the def or class line)."""
        lineno = None
        if _inspect.ismodule(obj):
            lineno = 0
        if _inspect.isclass(obj) and source_lines:
            pat = _re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__name__', '-'))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        while hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
        if _inspect.ismethod(obj):
            obj = obj.__func__
        if _inspect.isfunction(obj):
            obj = obj.__code__
        code = getattr(obj, 'co_firstlineno', None)
        if code is not None:
            lineno = code - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = _re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if pat.match(source_lines[i]):
                    return i
        return None


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _re.sub(r'(?m)^%s\s*?$' % _re.escape(BLANKLINE_MARKER), '', want)
            got = _re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want:
            w = 'Expected:\n%s' % _indent(want)
        else:
            w = 'Expected nothing\n'
        if got:
            return w + 'Got:\n%s' % _indent(got)
        return w + 'Got nothing\n'


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


class DocTestRunner:
    DIVIDER = DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in _sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = _sys.stdout
        if out is None:
            out = save_stdout.write
        spoof = _io.StringIO()
        _sys.stdout = spoof
        save_displayhook = _sys.displayhook
        _sys.displayhook = _sys.__displayhook__
        try:
            return self.__run(test, compileflags, out, spoof)
        finally:
            _sys.stdout = save_stdout
            _sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                _builtins._ = None

    def __run(self, test, compileflags, out, spoof):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            if example.options:
                for optionflag, val in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            spoof.seek(0)
            spoof.truncate()
            try:
                exec(compile(example.source, filename, 'single', 0, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, e.__traceback__)
            got = spoof.getvalue()
            spoof.seek(0)
            spoof.truncate()
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = _traceback.format_exception_only(exception[0], exception[1])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                notests.sort()
                for thing in notests:
                    print('   ', thing)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for thing, count in passed:
                    print(' %3d tests in %s' % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for thing, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, thing))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f2, t2 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f + f2, t + t2)


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _exception_traceback(exc_info):
    return ''.join(_traceback.format_exception(exc_info[0], exc_info[1], exc_info[2]))


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = _sys.modules.get('__main__')
    if not _inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    global master
    if module_relative and not filename.startswith('/'):
        import os
        base = _sys.modules['__main__'].__dict__.get('__file__')
        if base:
            filename = os.path.join(os.path.dirname(base), filename)
    with open(filename, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        import os
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault('__name__', '__main__')
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)
