-c
x = (1,\nprint(x)
