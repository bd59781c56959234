try:
    raise KeyError("a")
except KeyError:
    [][0]
