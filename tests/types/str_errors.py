for expr in ["'a' + 1", "'a' * 'b'", "'a' - 'b'", "'abc'[5]", "'abc'['x']", "int('12a')", "'x'.join([1])",
             "'{}'.format()", "'abc'.index('z')", "'a'.encode('nope')", "b'\\xff'.decode('utf-8')", "ord('ab')",
             "chr(-1)", "'%d' % 'a'", "'x' < 1", "str(1, 2, 3)", "'a'.split('')", "'abc'.center()"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
