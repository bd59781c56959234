# Start-up time: the smallest program.
print("Hello, world!")
