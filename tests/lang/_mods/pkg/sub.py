def where():
    return __name__
def deep():
    from .rel import info
    return "deep:" + info()
