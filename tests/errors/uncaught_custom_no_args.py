class Oops(ValueError): pass
raise Oops
