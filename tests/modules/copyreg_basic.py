import copyreg

print(copyreg.__all__)
print(copyreg.dispatch_table[complex](3 + 4j))


class P:
    __slots__ = ("a", "__b")


class Q(P):
    __slots__ = "c"


print(copyreg._slotnames(P), copyreg._slotnames(Q), Q.__slotnames__, copyreg._slotnames(int))
copyreg.pickle(P, lambda p: (P, ()))
print(P in copyreg.dispatch_table)
for bad in (lambda: copyreg.pickle(P, None), lambda: copyreg.constructor(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
obj = copyreg.__newobj__(Q)
print(type(obj).__name__, type(copyreg.__newobj_ex__(dict, (), {})).__name__)
copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[240])
for args in (("mod", "other", 240), ("mod", "name", 241), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError:", e)
copyreg.remove_extension("mod", "name", 240)
try:
    copyreg.remove_extension("mod", "name", 240)
except ValueError as e:
    print("ValueError:", e)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg._inverted_registry)
