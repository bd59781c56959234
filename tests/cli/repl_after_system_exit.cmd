-i
-c
x = 4; import sys; sys.exit(3)
