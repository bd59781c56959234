# str, bytes and bytearray methods over random short strings (ASCII, non-ASCII, surrogate pairs, white space) and arguments
import random
r = random.Random(41)
alpha = ["a", "b", " ", "\t", "\n", "ab", "é", "😀", "\r\n", ",", ""]
def rs():
    return "".join(r.choice(alpha) for _ in range(r.randint(0, 6)))
def ri():
    return r.choice([None, -1, 0, 1, 2, 3, -3, 10, -10])
out = []
for i in range(1200):
    s = rs()
    m = r.choice(["split", "rsplit", "partition", "rpartition", "find", "rfind", "index", "rindex", "count", "replace",
                  "strip", "lstrip", "rstrip", "center", "ljust", "rjust", "startswith", "endswith", "splitlines",
                  "expandtabs", "zfill", "removeprefix", "removesuffix", "title", "capitalize", "swapcase", "join"])
    if m in ("split", "rsplit"):
        args = [r.choice([None, rs() or ",", " "]), ri() if ri() is not None else -1]
    elif m in ("partition", "rpartition", "removeprefix", "removesuffix"):
        args = [rs()]
    elif m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        args = [rs()] + [ri() for _ in range(r.randint(0, 2))]
    elif m == "replace":
        args = [rs(), rs()] + ([ri()] if r.random() < 0.5 and ri() is not None else [])
    elif m in ("strip", "lstrip", "rstrip"):
        args = [r.choice([None, rs()])] if r.random() < 0.7 else []
    elif m in ("center", "ljust", "rjust"):
        args = [r.randint(-1, 9)] + ([r.choice(["*", "é", "😀"])] if r.random() < 0.5 else [])
    elif m == "splitlines":
        args = [r.random() < 0.5]
    elif m in ("expandtabs", "zfill"):
        args = [r.randint(-1, 9)]
    elif m == "join":
        args = [[rs() for _ in range(r.randint(0, 3))]]
    else:
        args = []
    args = [a for a in args if not (a is None and m in ("find", "rfind", "index", "rindex", "count") and False)]
    for target in (s, s.encode("utf-8"), bytearray(s.encode("utf-8"))):
        if isinstance(target, (bytes, bytearray)):
            if m in ("expandtabs",) and False:
                continue
            bargs = [a.encode("utf-8") if isinstance(a, str) else [x.encode("utf-8") for x in a] if isinstance(a, list) else a for a in args]
        else:
            bargs = args
        try:
            res = repr(getattr(target, m)(*bargs))
        except Exception as e:
            res = type(e).__name__ + ": " + str(e)
        out.append("%r.%s%r %s" % (target, m, tuple(bargs), res))
print("\n".join(out))
