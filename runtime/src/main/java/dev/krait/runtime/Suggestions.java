package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" hint CPython 3.11 appends to an uncaught NameError or AttributeError: the closest
 * candidate name by an edit distance where a case change costs half a substitution.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggestion for an exception about to be printed, or null. */
    static String forException(PyBaseException e) {
        try {
            PyType t = e.type();
            if (t.isSubtypeOf(ExceptionTypes.NAME_ERROR)) return forName(e);
            if (t.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) return forAttribute(e);
        } catch (PyException ignored) {
            // A hint is never worth a second error.
        }
        return null;
    }

    private static String forAttribute(PyBaseException e) {
        if (e.dict == null) return null;
        PyObject name = e.dict.getStr("name");
        PyObject obj = e.dict.getStr("obj");
        if (!(name instanceof PyStr n) || obj == null) return null;
        PyObject dir = Builtins.DICT.getStr("dir").call1(obj);
        return closest(strings(dir), n.value());
    }

    private static String forName(PyBaseException e) {
        PyObject name = e.dict == null ? null : e.dict.getStr("name");
        if (!(name instanceof PyStr n)) return null;
        Traceback last = e.traceback;
        while (last != null && last.next != null) last = last.next;
        if (last != null && last.varnames != null) {
            String s = closest(List.of(last.varnames), n.value());
            if (s != null) return s;
        }
        if (e.suggestionGlobals != null) {
            String s = closest(keys(e.suggestionGlobals), n.value());
            if (s != null) return s;
        }
        return closest(keys(Builtins.DICT), n.value());
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k instanceof PyStr s) out.add(s.value());
        }
        return out;
    }

    private static List<String> strings(PyObject list) {
        List<String> out = new ArrayList<>();
        PyObject it = list.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) if (x instanceof PyStr s) out.add(s.value());
        return out;
    }

    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            // No more than a third of the characters involved may need changing.
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitution(char a, char b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        char la = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char) (b + 32) : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** Edit distance of a and b, or anything above max once it is certain to exceed it. */
    static int distance(String a, String b, int max) {
        int as = 0;
        int bs = 0;
        int ae = a.length();
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (ae > as && be > bs && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int an = ae - as;
        int bn = be - bs;
        if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
        if (an > MAX_LENGTH || bn > MAX_LENGTH) return max + 1;
        if (bn < an) {
            String t = a;
            a = b;
            b = t;
            int ts = as;
            as = bs;
            bs = ts;
            int tn = an;
            an = bn;
            bn = tn;
        }
        if ((bn - an) * MOVE_COST > max) return max + 1;
        int[] row = new int[an];
        for (int i = 0; i < an; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            char code = b.charAt(bs + bi);
            int dist = bi * MOVE_COST;
            result = dist;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < an; i++) {
                int substitute = dist + substitution(code, a.charAt(as + i));
                dist = row[i];
                int insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}
