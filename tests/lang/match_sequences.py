def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3)]:
    print(repr(s), "->", shape(s))

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [*_, "please"]:
            return "polite but unknown"
        case _:
            return "unknown"

for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "dance please", "jump"]:
    print(c, "->", command(c))
match (1, (2, 3), [4, [5, 6]]):
    case (a, (b, c), [d, [e, *f]]):
        print(a, b, c, d, e, f)
match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
