-x
syntax_error_skipped_by_x.py
