import os
import sys
from importlib import resources

from . import VERSION
from .stock import load, Item
from .report.table import render

print("inventory", VERSION, "as", __name__, "in package", __package__)
items = load(resources.files("inventory").joinpath("data/stock.csv").read_text())
print(render(items))
print("total value:", sum(i.value() for i in items))
here = os.path.dirname(__file__)
with open(os.path.join(here, "data", "notes.txt"), encoding="utf-8") as f:
    print("notes:", [line.strip() for line in f])
print("has stock.csv:", resources.files("inventory").joinpath("data/stock.csv").is_file())
print("has missing.csv:", resources.files("inventory").joinpath("data/missing.csv").is_file())
print(resources.files("inventory.data").joinpath("notes.txt").read_bytes()[:5])
try:
    Item("broken", "x", 1)
except ValueError as e:
    print("ValueError:", e)
sys.exit(len(items))
