# csv, queue, fnmatch, keyword, gc, timeit, numbers and weakref as programs use them.
import fnmatch, keyword, gc, queue, timeit, numbers, weakref, csv, io
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("foo.txt", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(fnmatch.filter(["a.c", "b.h", "cc.c", "d.C"], "?.c"), fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!0-9]"))
print(fnmatch.fnmatch("[", "["), fnmatch.fnmatch("a*b", "a[*]b"), fnmatch.fnmatch("abc", "a*c*"))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
gc.collect(); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled(), gc.get_threshold())
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.qsize(), q.get(), q.get(), q.empty(), q.full())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in "abc"]; print(lq.get())
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put_nowait(2)
except queue.Full:
    print("full")
print(timeit.timeit("x = 1", number=10) >= 0, timeit.timeit(lambda: None, number=5) >= 0, len(timeit.repeat("pass", repeat=3, number=2)))
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(int, numbers.Rational))
class C: pass
c = C(); r = weakref.ref(c); print(r() is c, type(r).__name__)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
d = weakref.WeakValueDictionary(); d["a"] = c; print(d["a"] is c, len(d))
rows = list(csv.reader(['a,b,c', '1,"x, y",3', '"he said ""hi""",,end', '']))
print(rows)
buf = io.StringIO(); w = csv.writer(buf); w.writerow(["a", "b,c", 'q"q', None, 1.5, ""]); w.writerow([""]); w.writerows([[1, 2], [3, 4]])
print(repr(buf.getvalue()))
dr = csv.DictReader(io.StringIO("name,age\nann,30\nbob,25\n"))
print([dict(r) for r in dr], dr.fieldnames)
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=["x", "y"]); dw.writeheader(); dw.writerow({"x": 1, "y": "two"}); print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c"], delimiter=";")), list(csv.reader(["1,2"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"multi', 'line",b'])))
b2 = io.StringIO(); csv.writer(b2, quoting=csv.QUOTE_ALL).writerow([1, "a"]); csv.writer(b2, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow([1, "a", 2.5]); print(repr(b2.getvalue()))
try:
    dw.writerow({"z": 1})
except ValueError as e:
    print(e)
print(csv.list_dialects()[:3], csv.get_dialect("excel").delimiter == ",")
