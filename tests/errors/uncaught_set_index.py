s = {1, 2}
print(s[0])
