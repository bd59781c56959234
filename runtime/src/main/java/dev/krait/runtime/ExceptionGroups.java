package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/** BaseExceptionGroup / ExceptionGroup: {@code message}, {@code exceptions}, split, subgroup, derive. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static void setup(PyType t) {
        t.getter("message", s -> ((PyBaseException) s).args.size() > 0 ? ((PyBaseException) s).args.get(0) : PyNone.NONE);
        t.getter("exceptions", s -> PyTuple.of(members((PyBaseException) s)));
        t.method("split", (Fn.F2) (s, cond) -> {
            PyObject[] parts = split((PyBaseException) s, matcher(cond));
            return PyTuple.of(parts[0] == null ? PyNone.NONE : parts[0], parts[1] == null ? PyNone.NONE : parts[1]);
        });
        t.method("subgroup", (Fn.F2) (s, cond) -> {
            PyObject m = split((PyBaseException) s, matcher(cond))[0];
            return m == null ? PyNone.NONE : m;
        });
        t.method("derive", (Fn.F2) (s, excs) -> derive((PyBaseException) s, excs));
    }

    static PyObject[] members(PyBaseException g) {
        PyTuple a = g.args;
        return a.size() > 1 ? Protocol.toArray(a.get(1)) : PyObject.EMPTY;
    }

    /** A split condition: an exception type, a tuple of them, or a predicate. */
    interface Matcher {
        boolean test(PyObject e);
    }

    static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType || cond instanceof PyTuple) {
            return e -> Protocol.isInstance(e, cond);
        }
        if (cond.isCallable()) return e -> cond.call1(e).isTrue();
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest}: the parts of the group (kept nested, with its attributes copied) that do and do not match. */
    static PyObject[] split(PyBaseException g, Matcher m) {
        if (m.test(g)) return new PyObject[] {g, null};
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : members(g)) {
            if (e instanceof PyBaseException be && be.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                PyObject[] parts = split(be, m);
                if (parts[0] != null) match.add(parts[0]);
                if (parts[1] != null) rest.add(parts[1]);
            } else if (m.test(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyObject[] {match.isEmpty() ? null : derived(g, match), rest.isEmpty() ? null : derived(g, rest)};
    }

    /** g.derive(excs) with g's traceback, cause, context and notes. */
    static PyObject derived(PyBaseException g, List<PyObject> excs) {
        PyObject d = derive(g, new PyList(excs.toArray(new PyObject[0])));
        if (d instanceof PyBaseException n) {
            n.traceback = g.traceback;
            n.cause = g.cause;
            n.context = g.context;
            n.suppressContext = g.suppressContext;
            PyObject notes = g.dict == null ? null : g.dict.getStr("__notes__");
            if (notes != null) n.setAttrValue("__notes__", notes);
        }
        return d;
    }

    static PyObject derive(PyBaseException g, PyObject excs) {
        PyObject msg = g.args.size() > 0 ? g.args.get(0) : PyStr.EMPTY;
        PyObject[] items = Protocol.toArray(excs);
        boolean allExceptions = true;
        for (PyObject e : items) if (!Protocol.isInstance(e, ExceptionTypes.EXCEPTION)) allExceptions = false;
        PyType t = allExceptions ? ExceptionTypes.EXCEPTION_GROUP : ExceptionTypes.BASE_EXCEPTION_GROUP;
        return ExceptionMethods.construct(t, new PyObject[] {msg, excs}, null);
    }
}
