from _mods.pkg import rel
print(rel.info())
