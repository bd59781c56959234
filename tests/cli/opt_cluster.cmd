-uOc
print(__debug__)
