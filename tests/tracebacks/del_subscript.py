del {}['k']
