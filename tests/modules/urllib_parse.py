# urllib.parse: splitting, RFC 3986 joins, quoting, query strings.
from urllib.parse import *
u = urlparse("https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://[::1]:80/x"), urlsplit("http://[::1]:80/x").hostname, urlsplit("mailto:a@b.c"), urlparse("/rel/path?x"))
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../g", "../../../g", "./", ".", "g;x", ""]:
    print(repr(rel), urljoin("http://a/b/c/d;p?q", rel))
print(urljoin("http://a/b/", "http://other/x"), urljoin("https://a.com/x/y", "z"), urldefrag("http://x/y#z"))
print(quote("a b&c/d é"), quote("a b", safe=""), quote_plus("a b&c=d/é"), quote(b"\x00\xff"), quote("~_.-"))
print(unquote("a%20b%26c%2Fd%20%C3%A9"), unquote_plus("a+b%2Bc"), unquote("%zz%4"), unquote("%E9"), unquote_to_bytes("%E9a"))
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", [1, 2])], doseq=True), urlencode({"k": [1, 2]}))
print(parse_qs("a=1&a=2&b=x+y&c=%C3%A9&d"), parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qs(""))
print(urlunparse(("http", "h", "/p", "", "q=1", "f")), urlunsplit(("", "", "p", "", "")), urlunsplit(("file", "", "/tmp/x", "", "")))
try:
    urlparse("http://h:xx/").port
except ValueError as e:
    print(e)
