import sys
print("argv0", sys.argv[0].replace("\\", "/").rsplit("/", 2)[-2:], "args", sys.argv[1:])
print("name", __name__, "package", repr(__package__))
