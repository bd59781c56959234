def explode(n):
    return 10 // n
x = 4
explode(0)
