# encoding lone surrogates with UTF-8/16/32 and each error handler
s = "a\ud800b\udcff"
for enc in ["utf-16-le", "utf-16", "utf-32-le", "utf-16-be", "utf-32-be", "utf-8"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "surrogatepass", "xmlcharrefreplace"]:
        try: print(enc, err, s.encode(enc, err))
        except Exception as e: print(enc, err, type(e).__name__, e)
print("a\udcffb".encode("utf-8", "surrogateescape"), "x😀".encode("utf-16-be"), "x😀".encode("utf-32"))
