x = None
print('before')
x.append(1)
