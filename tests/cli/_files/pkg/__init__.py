print("pkg imported")
VALUE = 7
