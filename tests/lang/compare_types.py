print(1 == 1.0, 1 != "1", "a" == "a", (1, 2) == (1, 2), [1] == [1.0])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}))
print(None == 0, None == None, 0 == False, 1 == True, 2 == True)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
print(float('nan') == float('nan'), float('inf') > 10 ** 400)
