print(format(1, 'q'))
