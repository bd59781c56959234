from . import VALUE
from .helper import twice
print("running pkg as", __name__, "package", __package__, "value", twice(VALUE))
