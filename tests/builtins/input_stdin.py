import sys
data = sys.stdin.read()
print(repr(data))
try:
    input("prompt> ")
except EOFError as e:
    print("EOF", repr(str(e)))
print(sys.stdin.readline() == "")
