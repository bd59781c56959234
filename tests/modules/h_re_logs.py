import re
log = """2024-01-05 10:22:01 ERROR [db] Connection lost (code=503)
2024-01-05 10:22:05 INFO  [web] Request GET /index.html 200 12ms
2024-01-05 10:23:11 WARN  [web] Slow request POST /api/v1/items 201 1532ms
2024-01-06 08:00:00 ERROR [auth] Invalid token for user 'bob'"""
pat = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>[\d:]+)\s
    (?P<level>[A-Z]+)\s+
    \[(?P<mod>\w+)\]\s
    (?P<msg>.*)
""", re.VERBOSE)
for m in pat.finditer(log):
    print(m["level"], m.group("mod"), m.group("msg")[:20], m.lastgroup, m.lastindex)
print(re.findall(r"(?<=\s)/[\w/.]+", log), re.findall(r"\d+(?=ms)", log))
print(re.sub(r"(?P<k>\w+)=(?P<v>\d+)", r"\g<v>:\g<k>", "code=503 x=1"), re.sub(r"(\w)(\w)", r"\2\1", "abcd"))
print(re.findall(r"(?i)error|warn", log), re.findall(r"^\d{4}", log, re.M), len(re.findall(r".", "a\nb", re.S)))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\s+", "  lead and trail  "), re.split(r"x*", "axbc"))
print(re.sub(r"\s+", " ", "  too   many    spaces ").strip(), re.sub("a|b", "", "abcab", count=2))
print(re.findall(r"(\w+)@(\w+)\.(com|org)", "a@b.com, c@d.org e@f.net"), re.findall(r"\b\w{5}\b", "hello world there"))
m = re.search(r"(\d+)-(\d+)?", "10-"); print(m.groups(), m.groups("none"), m.group(0, 1), m.span(2), m.start(1))
print(re.match(r"(a)(b)?", "ac").group(2), bool(re.match("", "")), re.match(r"a+?", "aaa").group(), re.search(r"a{2,3}", "aaaa").group())
print(re.sub(r"(\d+)", lambda m: f"<{int(m[1]) + 1}>", "v1.22.333"), re.escape("1+1=2?"), re.fullmatch(r"\w+", "ab c"))
print(repr(re.compile(r"\d+", re.I)), re.compile("x").pattern, re.compile("(a)(?P<n>b)").groupindex, re.compile("(a)(b)").groups)
print(re.findall(r"[^\W\d_]+", "héllo wörld 42 _x"), re.findall(r"\bcat\b", "cat concat cat."), re.sub(r"^", "> ", "a\nb", flags=re.M))
try: re.compile("(unclosed")
except re.error as e: print("re.error:", e)
print(re.sub(r"(?m)^\s+", "", "  a\n   b"), re.findall(r"(a|b)+", "abab"), re.findall(r"((a)(b))", "abab"))
words = "the rain in spain falls mainly on the plain".split()
print([w for w in words if re.search(r"ain\b", w)], re.subn(r"ain", "AIN", " ".join(words)))
tmpl = "Hello {name}, you are {age}"; print(tmpl.format_map({"name": "X", "age": 3}), re.sub(r"\{(\w+)\}", r"<\1>", tmpl))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.search(r"(\w)\1", "hello").group(), re.findall(r"\d", "a1b2c3")[::-1])
scanner = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokens(s):
    pos = 0; out = []
    while pos < len(s):
        m = scanner.match(s, pos)
        if not m: break
        out.append(m.group(1) or m.group(2)); pos = m.end()
    return out
print(tokens("3.5 + 4*(2 - 1)"))
import re
for p in ['(unclosed', '(a(b', 'a)b', '*a', 'a**', '[abc', 'a{2', '(?P<n>x', 'x(?:y']:
    try: re.compile(p)
    except re.error as e: print(repr(p), e)
