# String building and formatting: f-strings, str.format, %-formatting and str.join over 300,000 records.
def main():
    total = 0
    parts = []
    for i in range(300_000):
        x = i * 1.2345
        s1 = f"{i:>8}|{x:10.3f}|{i:#x}|{x:.2e}|{i:,}"
        s2 = "{0:<6}{1:^9.2f}{2!r}".format(i % 997, x / 7, "k")
        s3 = "%-5d|%8.2f|%s|%05x" % (i % 1000, x, "v", i & 0xffff)
        total += len(s1) + len(s2) + len(s3)
        if i % 1000 == 0:
            parts.append(s1)
    joined = ";".join(parts)
    print(total, len(joined), joined[:40])


main()
