import sys
print("tool", __name__, __package__, sys.argv[1:])
