class Light:
    TRANSITIONS = {
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "timer"): "green",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
    }

    def __init__(self):
        self.state = "red"
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        self.state = self.TRANSITIONS[key]
        self.history.append(self.state)
        return self


light = Light()
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer"]:
    light.fire(ev)
print(light.state, light.history)
try:
    light.fire("emergency").fire("emergency")
except RuntimeError as e:
    print(e)
counts = {}
for s in light.history:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))


def run_length(s):
    out = []
    prev, n = None, 0
    for ch in s:
        if ch == prev:
            n += 1
        else:
            if prev is not None:
                out.append(f"{n}{prev}")
            prev, n = ch, 1
    if prev is not None:
        out.append(f"{n}{prev}")
    return "".join(out)


def decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["aaabccddd", "", "abc", "zzzzzzzzzzzz"]:
    enc = run_length(s)
    print(repr(s), enc, decode(enc) == s)
