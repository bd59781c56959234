for i in 10:
    pass
