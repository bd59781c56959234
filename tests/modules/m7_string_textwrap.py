# string (constants, capwords, Template, Formatter) and textwrap (wrap, fill, shorten, dedent, indent, TextWrapper).
import string
import textwrap


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.printable), string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords("hello   world  foo"), string.capwords(" a-b c_d "), string.capwords("x,y z", ","), string.capwords(""))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}), t.safe_substitute(who="x"), t.template)
show("substitute missing", t.substitute, who="x")
show("invalid placeholder", string.Template("$who $").substitute, who=1)
show("bad brace", string.Template("${who").substitute, who=1)
print(string.Template("$a$b").safe_substitute(a=1), string.Template("${a}x $").safe_substitute(a=1), t.get_identifiers(), t.is_valid())
print(string.Template("$x $y").substitute({"x": 1}, y=2), string.Template("$x").substitute({"x": 1}, x=3))


class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"


print(Pct("%name is %age").safe_substitute(name="Ann"), Pct("100%% %name").substitute(name="z"))
f = string.Formatter()
print(f.format("{0} {x} {1!r:>5}", "a", "b", x=3), list(f.parse("a{0}b{x!r:>3}c{{d}}")), f.vformat("{a}", (), {"a": 1}))
show("Formatter missing", f.format, "{0} {1}", "a")

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump.  Sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("a" * 25, 10), textwrap.wrap("a" * 25, 10, break_long_words=False))
print(textwrap.wrap("one-two-three-four-five", 8), textwrap.wrap("one-two-three-four-five", 8, break_on_hyphens=False))
print(textwrap.wrap("tab\there\tand  spaces", 12), textwrap.wrap("tab\there", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("Hello there.  How are you? Fine.", 15, fix_sentence_endings=True), textwrap.wrap("keep   spaces  here", 40, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder=" [more]"))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world", 100),
      textwrap.shorten(text, 40, placeholder="..."))
show("shorten too small", textwrap.shorten, "Hello world", 3)
show("wrap width 0", textwrap.wrap, "abc", 0)
show("max_lines placeholder too large", textwrap.wrap, "aaa bbb ccc", 5, max_lines=1, placeholder=" [...........]")
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.dedent("\ta\n  b")),
      repr(textwrap.dedent("  a\n \n  b")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)), repr(textwrap.indent("x\r\ny", "-")))
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ", break_long_words=True)
print(w.wrap("a long sentence that must wrap around several times"), w.fill("tiny"), w.width)
w.width = 8
print(w.wrap("reconfigured wrapper text"))
print(textwrap.wrap("x " * 10, 4), textwrap.fill("word " * 6, 11))
