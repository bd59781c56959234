"""Krait's unittest: TestCase with the common assertions, skips, subTest, setUp/tearDown (and class-level),
a text runner printing as CPython's, and main() over the TestCase classes of __main__."""
import sys
import time as _time
import traceback as _traceback


class SkipTest(Exception):
    pass


class _Outcome:
    def __init__(self):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.testsRun = 0
        self.expectedFailures = []
        self.unexpectedSuccesses = []

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses


TestResult = _Outcome


def skip(reason):
    def deco(obj):
        obj.__unittest_skip__ = True
        obj.__unittest_skip_why__ = reason
        return obj
    return deco


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(func):
    func.__unittest_expecting_failure__ = True
    return func


class _AssertRaisesContext:
    def __init__(self, expected, test, regex=None):
        self.expected = expected
        self.test = test
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if et is None:
            raise self.test.failureException('%s not raised' % name)
        if not issubclass(et, self.expected):
            return False
        self.exception = ev
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(ev)):
                raise self.test.failureException('"%s" does not match "%s"' % (self.regex, str(ev)))
        return True


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        if et is None:
            return False
        if issubclass(et, SkipTest):
            return False
        result = self.case._result
        if result is None:
            return False
        desc = self.case.id() + self._describe()
        if issubclass(et, self.case.failureException):
            result.failures.append((desc, ev))
        else:
            result.errors.append((desc, ev))
        self.case._subtest_failed = True
        return True

    def _describe(self):
        parts = []
        if self.msg is not None:
            parts.append('[%s]' % self.msg)
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' ' + ' '.join(parts) if parts else ' (<subtest>)'


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._result = None
        self._subtest_failed = False
        self._cleanups = []

    def id(self):
        return '%s.%s.%s' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, type(self).__module__, type(self).__qualname__,
                                  self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split('\n')[0].strip() if doc else None

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            f, a, k = self._cleanups.pop()
            f(*a, **k)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _msg(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return '%s : %s' % (standard, msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(self._msg(msg, '%r != %r' % (first, second)))

    assertEquals = assertEqual

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._msg(msg, '%r == %r' % (first, second)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._msg(msg, '%r is not true' % (expr,)))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._msg(msg, '%r is not false' % (expr,)))

    def assertIs(self, a, b, msg=None):
        if a is not b:
            raise self.failureException(self._msg(msg, '%r is not %r' % (a, b)))

    def assertIsNot(self, a, b, msg=None):
        if a is b:
            raise self.failureException(self._msg(msg, 'unexpectedly identical: %r' % (a,)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            raise self.failureException(self._msg(msg, '%r is not None' % (obj,)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            raise self.failureException(self._msg(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            raise self.failureException(self._msg(msg, '%r not found in %r' % (member, container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            raise self.failureException(self._msg(msg, '%r unexpectedly found in %r' % (member, container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            raise self.failureException(self._msg(msg, '%r is not an instance of %r' % (obj, cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            raise self.failureException(self._msg(msg, '%r is an instance of %r' % (obj, cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            raise self.failureException(self._msg(msg, '%r not greater than %r' % (a, b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            raise self.failureException(self._msg(msg, '%r not greater than or equal to %r' % (a, b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            raise self.failureException(self._msg(msg, '%r not less than %r' % (a, b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            raise self.failureException(self._msg(msg, '%r not less than or equal to %r' % (a, b)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%r != %r within %r delta (%r difference)' % (first, second, delta, diff)
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = '%r != %r within %r places (%r difference)' % (first, second, places, diff)
        raise self.failureException(self._msg(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
        else:
            if not first == second and round(diff, 7 if places is None else places) != 0:
                return
        raise self.failureException(self._msg(msg, '%r == %r' % (first, second)))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        try:
            ok = sorted(a) == sorted(b)
        except TypeError:
            ok = all(a.count(x) == b.count(x) for x in a + b)
        if not ok:
            raise self.failureException(self._msg(msg, 'Element counts were not equal'))

    def assertListEqual(self, a, b, msg=None):
        self.assertEqual(a, b, msg)

    assertTupleEqual = assertListEqual
    assertDictEqual = assertListEqual
    assertSetEqual = assertListEqual
    assertSequenceEqual = assertListEqual
    assertMultiLineEqual = assertListEqual

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            raise self.failureException(self._msg(msg, "Regex didn't match: %r not found in %r" % (regex, text)))

    def assertRaises(self, expected, *args, **kwargs):
        ctx = _AssertRaisesContext(expected, self)
        if not args:
            return ctx
        func, args = args[0], args[1:]
        with ctx:
            func(*args, **kwargs)

    def assertRaisesRegex(self, expected, regex, *args, **kwargs):
        ctx = _AssertRaisesContext(expected, self, regex)
        if not args:
            return ctx
        func, args = args[0], args[1:]
        with ctx:
            func(*args, **kwargs)

    def run(self, result):
        self._result = result
        method = getattr(self, self._testMethodName)
        result.testsRun += 1
        if getattr(type(self), '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
            why = getattr(method, '__unittest_skip_why__', None) or getattr(type(self), '__unittest_skip_why__', '')
            result.skipped.append((self, why))
            return 's'
        expecting = getattr(method, '__unittest_expecting_failure__', False)
        outcome = '.'
        try:
            self.setUp()
        except SkipTest as e:
            result.skipped.append((self, str(e)))
            return 's'
        except BaseException as e:
            result.errors.append((str(self), e))
            return 'E'
        self._subtest_failed = False
        try:
            method()
            if self._subtest_failed:
                outcome = 'F'
            elif expecting:
                result.unexpectedSuccesses.append(self)
                outcome = 'u'
        except SkipTest as e:
            result.skipped.append((self, str(e)))
            outcome = 's'
        except self.failureException as e:
            if expecting:
                result.expectedFailures.append((self, e))
                outcome = 'x'
            else:
                result.failures.append((str(self), e))
                outcome = 'F'
        except BaseException as e:
            if isinstance(e, (KeyboardInterrupt, SystemExit)):
                raise
            result.errors.append((str(self), e))
            outcome = 'E'
        try:
            self.tearDown()
        except BaseException as e:
            result.errors.append((str(self), e))
            outcome = 'E'
        self.doCleanups()
        return outcome


class FunctionTestCase(TestCase):
    def __init__(self, testFunc):
        super().__init__('runTest')
        self._func = testFunc

    def runTest(self):
        self._func()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = list(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)

    def _flatten(self):
        for t in self._tests:
            if isinstance(t, TestSuite):
                yield from t._flatten()
            else:
                yield t


class TestLoader:
    testMethodPrefix = 'test'

    def getTestCaseNames(self, cls):
        return sorted(n for n in dir(cls) if n.startswith(self.testMethodPrefix) and callable(getattr(cls, n)))

    def loadTestsFromTestCase(self, cls):
        return TestSuite(cls(n) for n in self.getTestCaseNames(cls))

    def loadTestsFromModule(self, module):
        suite = TestSuite()
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                suite.addTest(self.loadTestsFromTestCase(obj))
        return suite


defaultTestLoader = TestLoader()


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None):
        self.stream = stream or sys.stderr
        self.verbosity = verbosity

    def run(self, test):
        result = _Outcome()
        start = _time.perf_counter()
        tests = list(test._flatten()) if isinstance(test, TestSuite) else [test]
        classes_done = []
        for t in tests:
            cls = type(t)
            if cls not in classes_done:
                classes_done.append(cls)
                cls.setUpClass()
            outcome = t.run(result)
            if self.verbosity > 1:
                word = {'.': 'ok', 'F': 'FAIL', 'E': 'ERROR', 's': 'skipped', 'x': 'expected failure',
                        'u': 'unexpected success'}[outcome]
                self.stream.write('%s ... %s\n' % (t, word))
            else:
                self.stream.write(outcome)
        for cls in classes_done:
            cls.tearDownClass()
        elapsed = _time.perf_counter() - start
        if self.verbosity <= 1:
            self.stream.write('\n')
        for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
            for desc, exc in items:
                self.stream.write('=' * 70 + '\n')
                self.stream.write('%s: %s\n' % (kind, desc))
                self.stream.write('-' * 70 + '\n')
                # Frames of unittest itself are left out, as CPython's runner does.
                text = ''.join(_traceback.format_exception(exc))
                lines = [line for line in text.splitlines(True) if not line.startswith('  File "<krait>/unittest/')]
                self.stream.write(''.join(lines))
                self.stream.write('\n')
        self.stream.write('-' * 70 + '\n')
        run = result.testsRun
        self.stream.write('Ran %d test%s in %.3fs\n\n' % (run, '' if run == 1 else 's', elapsed))
        infos = []
        if result.failures:
            infos.append('failures=%d' % len(result.failures))
        if result.errors:
            infos.append('errors=%d' % len(result.errors))
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        status = 'OK' if result.wasSuccessful() else 'FAILED'
        self.stream.write(status + (' (%s)' % ', '.join(infos) if infos else '') + '\n')
        return result


class main:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=None,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = sys.argv if argv is None else argv
        if '-v' in argv[1:]:
            verbosity = 2
        loader = testLoader or defaultTestLoader
        suite = loader.loadTestsFromModule(module)
        runner = testRunner or TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(suite)
        if exit:
            sys.exit(not self.result.wasSuccessful())
