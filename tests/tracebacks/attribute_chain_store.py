v = 1
v.x.y = 2
