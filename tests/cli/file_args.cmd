script.py
one
-c
three
