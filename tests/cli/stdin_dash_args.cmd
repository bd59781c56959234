-
a
b
