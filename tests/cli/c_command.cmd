-c
import sys; print(sys.argv); print(__name__, '__file__' in globals(), repr(sys.path[0]))
a
-b
