import csv
import io

print(list(csv.reader(['"x\n', 'y",1\r\n'])))
print(list(csv.reader(['"x\r\n', 'y",1\r\n'])))
print(list(csv.reader(['"x', 'y"'])))
print(list(csv.reader(['"a', '', 'b",2'])))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "note"])
w.writerow(["multi\nline", 'say "hi"'])
w.writerow(["crlf\r\ninside", "x"])
print(repr(buf.getvalue()))
for row in csv.DictReader(io.StringIO(buf.getvalue(), newline="")):
    print(row)
for row in csv.reader(io.StringIO(buf.getvalue())):
    print(row)
