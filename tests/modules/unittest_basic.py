import unittest
class T(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]
    def test_sum(self):
        self.assertEqual(sum(self.items), 6)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(KeyError, {}.__getitem__, "x")
    def test_misc(self):
        self.assertIn(2, self.items)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance("x", str)
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
    @unittest.skip("not now")
    def test_skipped(self):
        self.fail("never")
class U(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(1 + 1, 3)
    def test_error(self):
        raise ValueError("oops")
if __name__ == "__main__":
    print("running")
    unittest.main()
