-c
import sys\nfirst = input()\nsecond = sys.stdin.readline()\nrest = [line.split() for line in sys.stdin]\nprint(repr(first), repr(second), len(rest), rest[0], rest[-1], sum(int(a) + int(b) for a, b in rest[:-1]))
