fails.py
