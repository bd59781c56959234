package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one {@code try ... except*} while its clauses run: the part of the exception group not matched
 * yet, and what the clauses raised. Compiled code calls {@link #begin}, {@link #match} per clause,
 * {@link #raised} when a clause raises, and {@link #end} to re-raise what is left.
 */
public final class ExceptStar extends PyObject {
    private final PyException original;
    private final boolean naked;
    private PyObject rest;
    private final PyObject group;
    private final List<PyObject> reraisedParts = new ArrayList<>();
    private final List<PyBaseException> raised = new ArrayList<>();
    private final List<PyObject> matched = new ArrayList<>();

    private ExceptStar(PyException original) {
        this.original = original;
        PyBaseException v = original.value;
        this.naked = !v.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        this.rest = naked ? ExceptionMethods.construct(
                Protocol.isInstance(v, ExceptionTypes.EXCEPTION) ? ExceptionTypes.EXCEPTION_GROUP
                        : ExceptionTypes.BASE_EXCEPTION_GROUP,
                new PyObject[] {PyStr.EMPTY, PyTuple.of(v)}, null) : v;
        if (naked && rest instanceof PyBaseException r) r.traceback = v.traceback;
        this.group = rest;
    }

    @Override
    public PyType type() {
        return PyType.OBJECT;
    }

    public static ExceptStar begin(PyException e) {
        return new ExceptStar(e);
    }

    /** The part of the remaining group matching the clause's type, or null (the rest is kept for later clauses). */
    public PyObject match(PyObject type) {
        if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)
                || type instanceof PyTuple tu && anyGroup(tu)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (rest == null) return null;
        if (naked && matched.isEmpty() && Protocol.isInstance(original.value, type)) {
            // A naked exception is matched as the group wrapping it.
            PyObject whole = rest;
            rest = null;
            matched.add(whole);
            ThreadState.current().handled = (PyBaseException) whole;
            return whole;
        }
        PyObject[] parts = ExceptionGroups.split((PyBaseException) rest, ExceptionGroups.matcher(type));
        rest = parts[1];
        if (parts[0] != null) {
            matched.add(parts[0]);
            // Inside the clause, the matched part is the exception being handled (a bare raise re-raises it).
            ThreadState.current().handled = (PyBaseException) parts[0];
        }
        return parts[0];
    }

    private static boolean anyGroup(PyTuple tu) {
        for (PyObject o : tu.items) if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) return true;
        return false;
    }

    /** A clause raised: a bare re-raise of its match puts that part back; anything else is new. */
    public void raised(Throwable t) {
        PyException e = Errors.fromJava(t);
        for (PyObject m : matched) {
            if (e.value == m) {
                reraisedParts.add(m);
                return;
            }
        }
        raised.add(e.value);
    }

    private static void leaves(PyObject g, java.util.Set<PyObject> out) {
        if (g instanceof PyBaseException b && b.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            for (PyObject m : ExceptionGroups.members(b)) leaves(m, out);
        } else {
            out.add(g);
        }
    }

    /** Raises what is left (unmatched parts, re-raised parts, and what the clauses raised), or returns. */
    public void end() {
        java.util.Set<PyObject> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (rest != null) leaves(rest, kept);
        for (PyObject p : reraisedParts) leaves(p, kept);
        PyObject keep = null;
        if (!kept.isEmpty()) {
            java.util.Set<PyObject> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            leaves(group, all);
            if (all.size() == kept.size()) {
                // Everything is kept: the original exception goes on unchanged.
                if (raised.isEmpty()) throw rethrow(original);
                keep = naked ? original.value : group;
            } else {
                keep = ExceptionGroups.split((PyBaseException) group, kept::contains)[0];
            }
        }
        if (raised.isEmpty()) {
            if (keep == null) return;
            throw rethrow(((PyBaseException) keep).toJava());
        }
        if (raised.size() == 1 && keep == null) throw rethrow(raised.get(0).toJava());
        List<PyObject> items = new ArrayList<>(raised);
        if (keep != null) items.add(keep);
        PyObject result = ExceptionMethods.construct(ExceptionTypes.BASE_EXCEPTION_GROUP,
                new PyObject[] {PyStr.EMPTY, new PyList(items.toArray(new PyObject[0]))}, null);
        throw ((PyBaseException) result).toJava();
    }

    private static PyException rethrow(PyException e) {
        e.reraised = true;
        return e;
    }
}
