print("x")
exit(4)
