x = None
y = x.append(1)
