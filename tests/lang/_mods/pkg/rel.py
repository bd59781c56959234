from . import sub
from .. import helper
def info():
    return sub.__name__ + "|" + helper.greet("rel")
