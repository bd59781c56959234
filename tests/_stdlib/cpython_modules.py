# CPython's own pure-Python modules (28 of them), run by Krait with KRAITPATH pointing at the machine's CPython
# standard library (CpythonStdlibTest finds it with python3 at test time; nothing of it is in this repository).
import shlex, difflib, colorsys, graphlib, html, ipaddress, reprlib, getopt, optparse, configparser
import tomllib, quopri, sched, cmd, copyreg, chunk, gettext, linecache, mimetypes, xdrlib, token, tokenize
import html.parser, string, textwrap, fractions, statistics, dataclasses
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), shlex.join(["x y", "z"]))
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "c\n", "d\n"], "old", "new")))
print(round(difflib.SequenceMatcher(None, "abcd", "abxd").ratio(), 3), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print([round(x, 4) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)], [round(x, 4) for x in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
print(list(graphlib.TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}}).static_order()))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;p&gt; &amp; &eacute; &#x41;"))
net = ipaddress.ip_network("192.168.1.0/30")
print(list(net.hosts()), ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_address("::1").is_loopback)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(getopt.getopt(["-a", "-b", "val", "--long=1", "rest"], "ab:", ["long="]))
parser = optparse.OptionParser()
parser.add_option("-n", type="int", dest="n", default=1)
opts, args = parser.parse_args(["-n", "5", "file"])
print(opts.n, args)
cp = configparser.ConfigParser()
cp.read_string("[main]\nname = krait\ncount = 3\n[other]\nflag = yes\n")
print(cp.sections(), cp["main"]["name"], cp.getint("main", "count"), cp.getboolean("other", "flag"))
print(tomllib.loads('title = "T"\n[owner]\nname = "N"\nnums = [1, 2, 3]\n'))
print(quopri.encodestring(b"caf\xc3\xa9 = ok"), quopri.decodestring(b"caf=C3=A9"))
events = []
clock = [0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
s.enter(2, 1, events.append, ("second",)); s.enter(1, 1, events.append, ("first",)); s.run()
print(events)
class Shell(cmd.Cmd):
    def do_greet(self, arg):
        print("hello", arg)
Shell().onecmd("greet world")
t = gettext.NullTranslations(); print(t.gettext("msg"), t.ngettext("one", "many", 2))
print(mimetypes.guess_type("a.html"), mimetypes.guess_extension("image/png"))
p = xdrlib.Packer(); p.pack_int(7); p.pack_string(b"hi"); print(p.get_buffer(), xdrlib.Unpacker(p.get_buffer()).unpack_int())
print(token.tok_name[token.NAME], [tokenize.tok_name[t.type] for t in tokenize.generate_tokens(iter(["x = 1\n"]).__next__)])
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)
P().feed("<p class='x'><b>hi</b></p>")
print(string.capwords("hello world"), textwrap.shorten("The quick brown fox", 12), fractions.Fraction(3, 6), statistics.median([3, 1, 2]))
print(copyreg.__name__, chunk.__name__, linecache.getline(__file__, 1).strip()[:20])
import ntpath, fileinput, filecmp, wave, io, tempfile, os, zipfile
print(ntpath.join("C:\\dir", "file.txt"), ntpath.splitdrive("D:\\x\\y"), ntpath.basename("a\\b\\c.py"), ntpath.normpath("a/b/../c"))
with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a.txt"); b = os.path.join(d, "b.txt")
    for name, text in ((a, "one\ntwo\n"), (b, "three\n")):
        with open(name, "w") as f:
            f.write(text)
    with fileinput.input([a, b]) as lines:
        print([(fileinput.filename() == a, fileinput.lineno(), line.strip()) for line in lines])
    print(filecmp.cmp(a, a), filecmp.cmp(a, b, shallow=False))
    zpath = os.path.join(d, "z.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("hello.txt", "hello zip " * 10)
    with zipfile.ZipFile(zpath, metadata_encoding="utf-8") as z:
        print(z.namelist(), z.read("hello.txt")[:15], z.getinfo("hello.txt").file_size)
buf = io.BytesIO()
w = wave.open(buf, "wb"); w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(b"\x00\x01" * 10); w.close()
buf.seek(0); r = wave.open(buf, "rb"); print(r.getnchannels(), r.getframerate(), r.getnframes(), r.readframes(2))
