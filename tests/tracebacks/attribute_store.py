s = 'abc'
s.foo = 1
