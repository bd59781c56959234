# Python using Java classes: constructors, static and instance methods, fields, collections, overloads,
# functional interfaces, Java exceptions caught by their Java class. CPython has no Java, so JavaInteropTest holds
# the expected output.
import java.util
from java.util import ArrayList, HashMap, Collections, Arrays
from java.lang import Math, System, StringBuilder, Integer
import java.io

lst = ArrayList()
lst.add(3); lst.add(1); lst.add(2)
Collections.sort(lst)
print(lst, len(lst), lst[0], lst[-1], 2 in lst, [x * 10 for x in lst])
m = HashMap()
m.put("a", 1); m["b"] = 2
print(m.get("a"), m["b"], len(m), sorted(m))
print(Math.max(3, 7), Math.abs(-2.5), Math.PI > 3, Integer.MAX_VALUE, Integer.parseInt("42") + 1)
sb = StringBuilder("x")
sb.append("y").append(3)
print(str(sb), sb.length())
cmp = java.util.Comparator
words = ArrayList(["pear", "fig", "banana"])
words.sort(lambda a, b: len(a) - len(b))
print(list(words))
r = []
t = java.lang.Thread(lambda: r.append("ran"))
t.start(); t.join()
print(r)
try:
    java.io.FileInputStream("/nonexistent/file")
except java.io.IOException as e:
    print("IOException caught:", type(e).__name__, isinstance(e, Exception))
try:
    Integer.parseInt("nope")
except java.lang.NumberFormatException as e:
    print("NumberFormatException:", e)
try:
    Math.max("a", "b")
except TypeError as e:
    print(str(e).splitlines()[0])
print(Arrays.asList(1, 2, 3), System.getProperty("no.such.prop"))
from java.lang import Runnable, Thread
from java.util.function import Supplier


class Task(Runnable):
    def __init__(self, log):
        self.log = log

    def run(self):
        self.log.append("task ran")


class Answer(Supplier):
    def get(self):
        return 42


log = []
th = Thread(Task(log))
th.start()
th.join()
print(log, java.util.Optional.empty().orElseGet(Answer()), isinstance(Task(log), Runnable))
