-B
-E
-s
-S
-b
-R
-c
print('accepted')
