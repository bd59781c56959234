import html
import html.entities
from html import escape, unescape

print(html.__all__, html.entities.__all__)
print(escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
print(escape(""), escape("plain"))
try:
    escape(None)
except AttributeError as e:
    print("AttributeError:", e)

cases = [
    "no refs", "&amp; &lt; &gt; &quot; &#39; &apos;", "&amp &lt &gt &copy2023 &notit; &notin; &not",
    "&#65;&#x42;&#X43;&#0067 &#x44", "&#0; &#13; &#128; &#129; &#150; &#159; &#x9f;",
    "&#1; &#11; &#127; &#xfdd0; &#xFFFE; &#x1FFFF; &#x10FFFF;",
    "&#xD800; &#xDFFF; &#x110000; &#99999999999999999999;",
    "&unknown; &; &# &#x; &#xZ; & amp; &&amp;", "&Aacute;&aacute;&Abreve;&NotEqualTilde;&fjlig;&bne;",
    "&eacute&Eacutex &nbsp;x&nbspx", "&thetasym; &ThickSpace; &NewLine;&Tab;end",
    "&" + "a" * 40 + ";", "&AMP;&amp;amp;", "&lang; &rang; &LT &GTx",
]
for c in cases:
    print(ascii(unescape(c)))
print(unescape(escape("<&>\"'")) == "<&>\"'")

e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['amp'], e.name2codepoint['euro'], e.codepoint2name[0x3b1], ascii(e.entitydefs['nbsp']))
print(ascii(e.html5['NotEqualTilde;']), ascii(e.html5['amp']), 'amp;' in e.html5, 'apos' in e.html5)
print(list(e.html5)[:6], list(e.name2codepoint)[:4])
print(ascii(''.join(e.html5[k] for k in sorted(e.html5)[::97])))
for bad in ("&", "&#", "&x"):
    print(ascii(unescape(bad)))
