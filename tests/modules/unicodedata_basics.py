# unicodedata: names, categories, bidirectional classes, widths, numeric values, normalisation, errors.
import unicodedata as u
for ch in "aZ5 ,€é中가\u0301\u00bd²Ⅻ\t":
    print(repr(ch), u.name(ch, "?"), u.category(ch), u.bidirectional(ch), u.mirrored(ch), u.east_asian_width(ch))
print(u.lookup("LATIN SMALL LETTER E WITH ACUTE"), u.lookup("snowman"), u.name("☃"))
print(u.decimal("7"), u.digit("²"), u.numeric("½"), u.numeric("Ⅻ"), u.decimal("x", None))
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    print(f, [hex(ord(c)) for c in u.normalize(f, "é\ufb01")], u.is_normalized(f, "é"))
try:
    u.name("\x00")
except ValueError as e:
    print("ValueError", e)
try:
    u.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError", e)
try:
    u.normalize("NFX", "a")
except ValueError as e:
    print("ValueError", e)
try:
    u.category("ab")
except TypeError as e:
    print("TypeError", e)
print(u.combining("a"), u.combining("\u0301"), u.decomposition("é"), u.decomposition("a"))
print(u.name("\uac01"), u.lookup("HANGUL SYLLABLE GAG"), u.name("\u4e00"))
