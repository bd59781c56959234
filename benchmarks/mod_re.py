# Issue 7: re search and sub over ~10 MB of text.
import re

words = ["alpha", "beta", "gamma", "delta", "error", "warning", "info", "x1", "y22", "z333"]
lines = ["%s %d %s: value=%d id=%s" % (words[i % 10], i, words[(i * 7) % 10], i * 31 % 1000, hex(i)) for i in range(220000)]
text = "\n".join(lines)
pat = re.compile(r"(error|warning) (\d+) (\w+): value=(\d+)")
found = pat.findall(text)
total = sum(int(m[3]) for m in found)
subbed = re.sub(r"id=0x([0-9a-f]+)", lambda m: "ID<" + m.group(1).upper() + ">", text)
count = len(re.findall(r"\bdelta\b", text))
print(len(text), len(found), total, len(subbed), count, subbed[-20:])
