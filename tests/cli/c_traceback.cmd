-c
def f(n):\n    return 1 / n\nf(0)\n
