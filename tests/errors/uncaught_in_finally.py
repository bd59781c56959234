try:
    print("try")
finally:
    raise OSError("in finally")
