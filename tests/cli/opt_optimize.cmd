-O
-c
assert False, 'kept'\nprint('asserts removed', __debug__)
