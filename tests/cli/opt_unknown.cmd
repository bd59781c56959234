-Z
script.py
