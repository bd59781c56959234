-i
-c
x = 4\n1/0
