# Objects hashed by identity spread over a dict's table (an earlier hash put them all in 16 buckets, making
# this quadratic); hash(o) == id(o) >> 4 and the default repr shows hex(id(o)), as in CPython.
class Node:
    pass


nodes = [Node() for _ in range(100000)]
index = {}
for i, n in enumerate(nodes):
    index[n] = i
print(len(index), index[nodes[12345]], all(index[n] == i for i, n in enumerate(nodes)))
by_id = {id(n): n for n in nodes}
print(len(by_id), by_id[id(nodes[7])] is nodes[7])
o = Node()
print(hash(o) == id(o) >> 4, repr(o) == f"<__main__.Node object at {hex(id(o))}>")
types = {type(f"T{i}", (), {}): i for i in range(2000)}
print(len(types), sum(types.values()))
errors = {ValueError(i): i for i in range(2000)}
print(len(errors))
