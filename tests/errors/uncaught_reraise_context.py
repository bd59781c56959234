try:
    {}['k']
except KeyError:
    raise RuntimeError('while handling')
