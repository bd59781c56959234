# str methods over 10 MB of text: split, replace, find, upper, strip, splitlines, count, join.
def main():
    line = "  The quick brown fox jumps over the lazy dog; 0123456789 lorem ipsum dolor sit amet  \n"
    text = (line * (10_000_000 // len(line) + 1))[:10_000_000]
    words = text.split()
    replaced = text.replace("fox", "cat").replace("dog", "wolf")
    pos = 0
    hits = 0
    while True:
        pos = text.find("lazy", pos)
        if pos < 0:
            break
        hits += 1
        pos += 4
    upper = text.upper()
    stripped = sum(len(l.strip()) for l in text.splitlines())
    print(len(words), len(replaced), hits, upper.count("QUICK"), stripped, len(" ".join(words[:100000])))


main()
