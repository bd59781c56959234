for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
          "\x00\x1f\x7f", "é ü", "日本", "😀", "\u200b", "\ud800" if False else "x", "\x85"]:
    print(repr(s))
print(str("x"), repr(repr("q")), ascii("héllo 😀"))
