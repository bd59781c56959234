package dev.krait.cli;

import dev.krait.runtime.Builtins;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyObject;
import java.util.List;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion at the prompt, as CPython's rlcompleter does: keywords and names of {@code __main__} and builtins,
 * or after a dot the attributes ({@code dir()}) of the object the dotted name before it refers to.
 */
final class ReplCompleter implements Completer {
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private final PyModule main;

    ReplCompleter(PyModule main) {
        this.main = main;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, line.wordCursor());
        if (line.line().substring(0, line.cursor()).isBlank()) {
            // Tab at the start of a line indents, as python3's prompt does.
            candidates.add(new Candidate(word + "    ", "    ", null, null, null, null, false));
            return;
        }
        int start = word.length();
        while (start > 0 && (Character.isJavaIdentifierPart(word.charAt(start - 1)) || word.charAt(start - 1) == '.')) start--;
        String head = word.substring(0, start);
        String expr = word.substring(start);
        for (String[] c : complete(expr)) {
            candidates.add(new Candidate(head + c[0], c[1], null, null, null, null, !c[0].endsWith("(")));
        }
    }

    /** Completions of a (dotted) name prefix: {replacement, display} pairs. */
    List<String[]> complete(String expr) {
        List<String[]> out = new java.util.ArrayList<>();
        int dot = expr.lastIndexOf('.');
        TreeSet<String> names = new TreeSet<>();
        String prefix = expr.substring(dot + 1);
        PyObject obj = null;
        try {
            if (dot < 0) {
                names.addAll(KEYWORDS);
                addKeys(names, main.dict);
                addKeys(names, Builtins.MODULE.dict);
            } else {
                obj = lookup(expr.substring(0, dot));
                if (obj == null) return out;
                PyObject listing = Builtins.MODULE.dict.getStr("dir").call1(obj);
                PyObject it = listing.iter();
                for (PyObject n = it.next(); n != null; n = it.next()) names.add(n.str());
            }
        } catch (PyException e) {
            return out;
        }
        String base = dot < 0 ? "" : expr.substring(0, dot + 1);
        for (String n : names) {
            if (!n.startsWith(prefix)) continue;
            if (n.startsWith("_") && !prefix.startsWith("_")) continue;
            String suffix = "";
            try {
                PyObject v = obj == null ? main.dict.getStr(n) : obj.lookupAttr(n);
                if (v == null && obj == null) v = Builtins.MODULE.dict.getStr(n);
                if (v != null && v.isCallable() && !KEYWORDS.contains(n)) suffix = "(";
            } catch (PyException e) {
                // An attribute that raises is still offered, without the call parenthesis.
            }
            out.add(new String[] {base + n + suffix, n});
        }
        return out;
    }

    private static void addKeys(TreeSet<String> names, dev.krait.runtime.PyDict d) {
        PyObject it = d.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) names.add(k.str());
    }

    /** The object a dotted name refers to in {@code __main__}, found without calling anything but attribute access. */
    private PyObject lookup(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        PyObject v = main.dict.getStr(parts[0]);
        if (v == null) v = Builtins.MODULE.dict.getStr(parts[0]);
        for (int i = 1; v != null && i < parts.length; i++) v = parts[i].isEmpty() ? null : v.lookupAttr(parts[i]);
        return v;
    }
}
