print([x for x in []], {x for x in ()}, {k: v for k, v in {}.items()}, list(x for x in ""))
print([(x, y) for x in "ab" for y in "12" if x != "b" or y != "2"])
print([[y * x for y in range(3)] for x in range(3)])
print({i: [j for j in range(i)] for i in range(4)})
nums = [1, 2, 3, 4, 5, 6]
print([n for n in nums if n % 2 == 0 if n > 2], [n if n % 2 else "even" for n in nums])
print(sum(x * y for x, y in zip([1, 2], [3, 4])), max(len(s) for s in ["a", "abc", "ab"]))
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "a1b2" if c.isdigit()))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(r) for r in matrix], [r[::-1] for r in matrix[::-1]])
print([x for x in range(20) if all(x % d for d in range(2, x)) and x > 1])
words = ["apple", "bob", "cat"]
print({w[0]: w for w in words}, {len(w) for w in words}, [i for i, w in enumerate(words) if "b" in w])
gen = (i * i for i in range(5))
print(next(gen), list(gen), list(gen))
print([(lambda x: x + i)(10) for i in range(3)])
