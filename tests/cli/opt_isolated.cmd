-I
-c
import sys; print('' in sys.path)
