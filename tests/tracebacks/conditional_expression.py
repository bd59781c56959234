x = [1][1] if True else 0
