a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
print(root)
s = set()
print(s, {1: set()}, [set(), frozenset({1})], [[], [[]], [[[]]]])
print(str([1.0, "a", None, True, b"x", (1,)]), repr({"a": [1, {"b": (2,)}]}))
