# doctest: examples found in module, function, class, method and property docstrings, the report of
# failures, verbose output and the summary, option flags (ELLIPSIS, NORMALIZE_WHITESPACE, SKIP, ...).
"""Module docstring.

>>> 1 + 1
2
"""


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def div(a, b):
    """
    >>> div(4, 2)
    2.0
    >>> div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> x = 5
    >>> for i in range(2):
    ...     print(i + x)
    5
    6
    """
    return a / b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """>>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)


def broken():
    """
    >>> broken()
    42
    >>> broken() + 1
    2
    >>> [1, 2, 3]  # doctest: +NORMALIZE_WHITESPACE
    [1,   2,
     3]
    """
    return 1




def skipped():
    """
    >>> skipped()  # doctest: +SKIP
    'never run'
    >>> raise ValueError("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: y
    """


if __name__ == "__main__":
    import doctest
    import io
    import sys

    # The reports name this file by its absolute path: capture them and print them with the path replaced.
    for verbose in (False, True):
        buf = io.StringIO()
        sys.stdout = buf
        try:
            result = doctest.testmod(verbose=verbose)
        finally:
            sys.stdout = sys.__stdout__
        print(buf.getvalue().replace(__file__, "FILE"))
        print(result)
    doctest.run_docstring_examples(add, globals(), name="add")
    parser = doctest.DocTestParser()
    print([(e.source, e.want, e.lineno) for e in parser.get_examples(">>> a = 1\n>>> a\n1\n\n text\n")])
