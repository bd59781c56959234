# importlib.import_module: absolute, dotted and relative names, caching in sys.modules, and errors.
import importlib
import sys

json = importlib.import_module("json")
print(json.dumps([1]), json is sys.modules["json"], importlib.import_module("json") is json)
leaf = importlib.import_module("_m7pkg.leaf")
print(leaf.VALUE, leaf.__name__, "_m7pkg" in sys.modules, sys.modules["_m7pkg"].NAME)
print(importlib.import_module(".leaf", "_m7pkg") is leaf, importlib.import_module("..leaf", "_m7pkg.sub").VALUE)
osp = importlib.import_module("os.path")
print(osp.join("a", "b"), importlib.import_module("collections.abc").Mapping.__name__)
for args in [("no_such_module_xyz",), (".leaf",), ("...x", "_m7pkg"), ("",), ("_m7pkg.nothing",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
print(importlib.__name__, callable(importlib.import_module))
