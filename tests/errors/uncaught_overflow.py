import sys
print(float(10 ** 400))
