# ast.literal_eval over every literal form and its errors; platform basics.
import ast, platform
for s in ["42", "-3.5", "'hi'", "b'x' b'y'", "'a' 'b'", "[1, 2, (3, 4)]", "{'a': 1, 'b': [True, None]}", "{1, 2}", "()", "(1,)", "1+2j", "-1-2j", "0x1F", "1_000", "1e3", "set()", "  [ ]  ", "{'k': {'n': (1, 2.5, -3)}}", "'''tri\nple'''", "r'\\d'", "\"esc\\n\""]:
    print(repr(s), repr(ast.literal_eval(s)))
for bad in ["a", "1 + 1", "f(1)", "[1, 2", "{1: }", "__import__('os')"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(repr(bad), type(e).__name__)
print(platform.system(), platform.python_version(), platform.python_version_tuple(), platform.machine() != "", platform.architecture()[0])
