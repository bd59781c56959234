package dev.krait.runtime;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * {@code re.Match}, in Java so that the per-match work of search, finditer and sub (creating the match, group(),
 * span()) runs no Python code. Spans are kept as char offsets into the subject and turned into code points only
 * when reported.
 */
final class RegexMatch extends PyObject {
    static final PyType TYPE = new PyType("Match", PyType.OBJECT, RegexMatch.class, RegexMatch::setup);

    /** The subject as the matcher saw it, and whether it held bytes (Latin-1 chars, one per byte). */
    static final class Subject {
        final PyObject original;
        final String text;
        final byte[] bytes;
        final RegexModule.CodePoints cp;

        Subject(PyObject original, String text, byte[] bytes) {
            this.original = original;
            this.text = text;
            this.bytes = bytes;
            this.cp = new RegexModule.CodePoints(original, text);
        }

        PyObject slice(int from, int to) {
            if (bytes != null) return new PyBytes(Arrays.copyOfRange(bytes, from, to));
            return PyStr.of(text.substring(from, to));
        }
    }

    final PyObject pattern;
    final RegexModule.Compiled compiled;
    final Subject subject;
    final int pos;
    final int endpos;
    /** Start and end char offsets of each group (group 0 first); -1 for a group that did not participate. */
    final int[] spans;

    RegexMatch(PyObject pattern, RegexModule.Compiled compiled, Subject subject, int pos, int endpos, Matcher m) {
        this.pattern = pattern;
        this.compiled = compiled;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        int n = compiled.groups;
        int[] s = new int[2 * (n + 1)];
        int have = m.groupCount();
        for (int g = 0; g <= n; g++) {
            int st = g <= have ? m.start(g) : -1;
            s[2 * g] = st;
            s[2 * g + 1] = st < 0 ? -1 : m.end(g);
        }
        this.spans = s;
    }

    /** A match is always true (without looking for __bool__ or __len__ on its type). */
    @Override
    public boolean isTrue() {
        return true;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Group g's text, or dflt when it did not participate. */
    PyObject group(int g, PyObject dflt) {
        int st = spans[2 * g];
        return st < 0 ? dflt : subject.slice(st, spans[2 * g + 1]);
    }

    /** The group number for a group() argument: an int in range or a group name (CPython's IndexError else). */
    int index(PyObject g) {
        if (g instanceof PyInt i) {
            if (!i.isBig() && i.v >= 0 && i.v <= compiled.groups) return (int) i.v;
        } else if (g instanceof PyStr) {
            PyObject i = compiled.groupIndex.get(g);
            if (i instanceof PyInt n) return (int) n.v;
        }
        throw Errors.indexError("no such group");
    }

    private PyObject position(int charOffset) {
        return PyInt.of(charOffset < 0 ? -1 : subject.cp.toCodePoint(charOffset));
    }

    PyObject span(int g) {
        return PyTuple.of(position(spans[2 * g]), position(spans[2 * g + 1]));
    }

    private PyObject groups(PyObject dflt) {
        PyObject[] out = new PyObject[compiled.groups];
        for (int g = 1; g <= compiled.groups; g++) out[g - 1] = group(g, dflt);
        return PyTuple.of(out);
    }

    private PyObject groupdict(PyObject dflt) {
        PyDict out = new PyDict();
        PyObject it = compiled.groupIndex.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) out.setItem(k, group(index(k), dflt));
        return out;
    }

    /** The last group to close, as re.py computed it before (the group with the greatest end, the later on ties). */
    private PyObject lastindex() {
        int best = -1;
        int bestEnd = -1;
        for (int g = 1; g <= compiled.groups; g++) {
            if (spans[2 * g] >= 0 && spans[2 * g + 1] >= bestEnd) {
                best = g;
                bestEnd = spans[2 * g + 1];
            }
        }
        return best < 0 ? PyNone.NONE : PyInt.of(best);
    }

    private PyObject lastgroup() {
        PyObject li = lastindex();
        PyObject it = compiled.groupIndex.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (compiled.groupIndex.get(k).equalsPy(li)) return k;
        }
        return PyNone.NONE;
    }

    @Override
    public String repr() {
        return "<re.Match object; span=" + span(0).repr() + ", match=" + group(0, PyNone.NONE).repr() + ">";
    }

    private static RegexMatch self(PyObject o) {
        return (RegexMatch) o;
    }

    private static void setup(PyType t) {
        t.module = "re";
        t.method(new PyBuiltinFunction("group", (Fn.F1) m -> self(m).group(0, PyNone.NONE))
                .with((Fn.F2) (m, g) -> self(m).group(self(m).index(g), PyNone.NONE))
                .with((Fn.FV) (a, k) -> {
                    if (k != null && k.length > 0) throw Errors.typeError("group() takes no keyword arguments");
                    RegexMatch m = self(a[0]);
                    PyObject[] out = new PyObject[a.length - 1];
                    for (int i = 1; i < a.length; i++) out[i - 1] = m.group(m.index(a[i]), PyNone.NONE);
                    return PyTuple.of(out);
                }));
        t.method("__getitem__", (Fn.F2) (m, g) -> self(m).group(self(m).index(g), PyNone.NONE));
        t.method("groups", (Fn.FV) (a, k) -> self(a[0]).groups(new ArgParser("groups", a, k, 1, "default").get(0, PyNone.NONE)));
        t.method("groupdict", (Fn.FV) (a, k) ->
                self(a[0]).groupdict(new ArgParser("groupdict", a, k, 1, "default").get(0, PyNone.NONE)));
        t.method(new PyBuiltinFunction("start", (Fn.F1) m -> self(m).position(self(m).spans[0]))
                .with((Fn.F2) (m, g) -> self(m).position(self(m).spans[2 * self(m).index(g)])));
        t.method(new PyBuiltinFunction("end", (Fn.F1) m -> self(m).position(self(m).spans[1]))
                .with((Fn.F2) (m, g) -> self(m).position(self(m).spans[2 * self(m).index(g) + 1])));
        t.method(new PyBuiltinFunction("span", (Fn.F1) m -> self(m).span(0))
                .with((Fn.F2) (m, g) -> self(m).span(self(m).index(g))));
        t.method("expand", (Fn.F2) (m, template) ->
                Sys.MODULES.getStr("re").getAttr("_expand").call3(self(m).pattern, template, m));
        t.method("__copy__", (Fn.F1) m -> m);
        t.method("__deepcopy__", (Fn.F2) (m, memo) -> m);
        t.getter("re", m -> self(m).pattern);
        t.getter("string", m -> self(m).subject.original);
        t.getter("pos", m -> PyInt.of(self(m).pos));
        t.getter("endpos", m -> PyInt.of(self(m).endpos));
        t.getter("lastindex", m -> self(m).lastindex());
        t.getter("lastgroup", m -> self(m).lastgroup());
        t.getter("regs", m -> {
            RegexMatch r = self(m);
            PyObject[] out = new PyObject[r.compiled.groups + 1];
            for (int g = 0; g < out.length; g++) out[g] = r.span(g);
            return PyTuple.of(out);
        });
    }
}
