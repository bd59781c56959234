print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(5, 3, 7), pow(2, 100, 17), pow(-3, 3, 5), pow(7, -1, 13))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
