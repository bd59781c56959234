package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization of a new class's bases, and the choice of its instance layout. */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType cls, PyType[] bases) {
        for (int a = 0; a < bases.length; a++) {
            for (int b = a + 1; b < bases.length; b++) {
                if (bases[a] == bases[b]) throw Errors.typeError("duplicate base class " + bases[a].name);
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder();
                java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) names.add(s.get(0).name);
                for (String n : names) {
                    if (sb.length() > 0) sb.append(", ");
                    sb.append(n);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + sb);
            }
            out.add(cand);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
            }
        }
        return out.toArray(new PyType[0]);
    }

    /** The built-in type that lays out instances: the most derived built-in base; bases must agree. */
    static PyType solidBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (best == null || s.isSubtypeOf(best)) {
                best = s;
            } else if (!best.isSubtypeOf(s) && layoutOf(s) != layoutOf(best)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best == null ? PyType.OBJECT : best;
    }

    private static Class<?> layoutOf(PyType t) {
        return t.javaClass;
    }
}
