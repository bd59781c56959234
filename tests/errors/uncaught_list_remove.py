[1].remove(5)
