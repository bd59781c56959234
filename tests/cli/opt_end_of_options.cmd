--
script.py
-i
