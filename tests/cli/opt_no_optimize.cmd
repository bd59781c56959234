-c
assert False, 'kept'
