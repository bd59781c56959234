# TypeErrors of operators and built-in calls over mismatched built-in types
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
cases = ["[] + ()", "'a' * 'b'", "{} | []", "1 + None", "None + 1", "[1] - [1]", "'a' - 'b'", "-'a'", "~1.5", "+[]",
         "abs('x')", "1 < None", "len(5)", "[] * []", "b'a' + 'b'", "'a' + b'b'", "1 @ 2", "[1] @ [2]", "{1} + {2}",
         "(1,) + [2]", "2 ** 'a'", "'a' ** 2", "divmod('a', 2)", "1 // 'a'", "'%d' % 'a'", "[1, 2] < [1, 'a']",
         "{} < {}", "1j > 2j", "None < None", "object() < object()", "'a' < 1", "b'a' < 'a'", "[] < ()",
         "range(3) + range(2)", "3 in 5", "'a' in ['a'] in [['a']]", "1 in 'abc'", "b'a' in 'abc'", "[] in {}",
         "{}[[]]", "{[]}", "hash([])", "int([])", "float({})", "str(1, 2)", "list(1)", "tuple(1)", "set(1)", "dict(1)",
         "sorted(1)", "sum(['a'])", "sum([[1]])", "max(1, 'a')", "min([], key=len)", "iter(1)", "next(1)", "reversed(1)",
         "5 & 1.0", "5 << 1.0", "1.0 % 'a'", "1 if 'a' < 1 else 0", "'x'.join([1])",
         "bytes('a')", "bytearray('a')", "bytes(-1)", "memoryview([])", "ord([])", "chr('a')", "bool.from_bytes(5, 'big')"]
for c in cases:
    t(c, lambda: eval(c))
