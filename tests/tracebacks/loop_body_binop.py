x = [1, 2]
for v in x:
    print(v + 'a')
