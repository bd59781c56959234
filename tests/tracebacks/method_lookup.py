y = 'abc'.foo()
