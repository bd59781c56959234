# difflib's text diffs: unified_diff, context_diff, ndiff/Differ, restore, get_close_matches, junk predicates.
import difflib
import keyword
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n',
     'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n',
     'eleven\n', 'twelve\n', 'thirteen\n']
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(a, b, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52', n=1))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
print(list(difflib.unified_diff(['a', 'b', 'c'], ['a', 'x', 'c'], lineterm='')))
print(list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.context_diff([], ['x\n', 'y\n'])))
print(list(difflib.context_diff(['x\n', 'y\n'], [])))
print(list(difflib.context_diff(['p\n', 'x\n'], ['p\n', 'y\n'], n=0)))
print(list(difflib.unified_diff(list("abcdefghij"), list("abXdefghiY"), n=0, lineterm="")))

for bad in [(['a'], [b'b']), ([1], ['x'])]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    list(difflib.context_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print("TypeError:", e)

print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'c\n'], b'old', b'new')))
try:
    list(difflib.diff_bytes(difflib.unified_diff, [b'a'], [b'b'], 'old'))
except TypeError as e:
    print("TypeError:", e)

# ndiff / Differ with intraline hints
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
sys.stdout.writelines(d.compare(text1, text2))
sys.stdout.writelines(difflib.ndiff(["\tabc def\n", "same\n", "x\n"], ["\tabd  def\n", "same\n", "y\n"]))
sys.stdout.writelines(difflib.ndiff(["abcdefgh\n"], ["xyz\n", "uvw\n", "abcdefgh\n"]))
sys.stdout.writelines(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "b\n", "z\n", "w\n"]))
sys.stdout.writelines(difflib.ndiff(["aaaa\n", "bbbb\n"], ["cccc\n"]))
sys.stdout.writelines(difflib.ndiff(["aaaa\n"], ["cccc\n", "dddd\n"]))
sys.stdout.writelines(difflib.ndiff(["private int x;\n", "#\n", "\n"], ["private long x;\n", "\n", "# c\n"],
                                    linejunk=difflib.IS_LINE_JUNK))
print(list(difflib.Differ(charjunk=lambda c: c == "-").compare(["a-b-c"], ["a-b-d"])))
print(list(difflib.ndiff(["abc"], ["abc"])), list(difflib.ndiff([], [])))

# get_close_matches
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'abc', 'a', 'b', 'abd', 'xab'], n=4, cutoff=0.0))
print(difflib.get_close_matches('x', []))
for args in [dict(n=0), dict(n=-1), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches('x', ['y'], **args)
    except ValueError as e:
        print("ValueError:", e)

print([difflib.IS_LINE_JUNK(x) for x in ['\n', '  #   \n', 'hello\n', '#', '  ', 'x#']])
print([difflib.IS_CHARACTER_JUNK(x) for x in [' ', '\t', '\n', 'x']])
