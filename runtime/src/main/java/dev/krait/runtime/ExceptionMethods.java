package dev.krait.runtime;

import java.util.Arrays;

/** BaseException's methods and attributes, and the extra attributes of its built-in subclasses. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static PyBaseException self(PyObject o) {
        return (PyBaseException) o;
    }

    /** Positional arguments of a call (keywords are validated by the caller). */
    private static PyObject[] positional(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        return nkw == 0 ? args : Arrays.copyOf(args, args.length - nkw);
    }

    /** {@code ExcType(*args)} for built-in exception types: __new__ then the built-in __init__. */
    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] pos = positional(args, kw);
        if (cls.isSubtypeOf(ExceptionTypes.OS_ERROR) && cls == ExceptionTypes.OS_ERROR && pos.length >= 2
                && pos[0] instanceof PyInt errno && !errno.isBig()) {
            PyType sub = ExceptionTypes.osErrorSubclass(errno.v);
            if (sub != null) cls = sub;
        }
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP && pos.length == 2) {
            // BaseExceptionGroup of Exceptions only is an ExceptionGroup, as CPython's __new__ decides.
            boolean all = true;
            for (PyObject x : Protocol.toArray(pos[1])) if (!Protocol.isInstance(x, ExceptionTypes.EXCEPTION)) all = false;
            if (all) cls = ExceptionTypes.EXCEPTION_GROUP;
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.of(pos.clone()));
        init(e, args, kw);
        return e;
    }

    /** The built-in __init__: store args and the subclass's special attributes. */
    static void init(PyBaseException e, PyObject[] args, String[] kw) {
        PyObject[] pos = positional(args, kw);
        PyType t = e.type;
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) initKeywords(e, t, args, kw);
        e.args = PyTuple.of(pos.clone());
        if (t.isSubtypeOf(ExceptionTypes.STOP_ITERATION) || t.isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            e.setAttrValue("value", pos.length > 0 ? pos[0] : PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            e.setAttrValue("code", pos.length == 0 ? PyNone.NONE : pos.length == 1 ? pos[0] : e.args);
        } else if (t.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            PyObject none = PyNone.NONE;
            e.setAttrValue("errno", pos.length >= 2 && pos.length <= 5 ? pos[0] : none);
            e.setAttrValue("strerror", pos.length >= 2 && pos.length <= 5 ? pos[1] : none);
            e.setAttrValue("filename", pos.length >= 3 && pos.length <= 5 ? pos[2] : none);
            e.setAttrValue("filename2", pos.length == 5 ? pos[4] : none);
            if (pos.length >= 3 && pos.length <= 5) e.args = PyTuple.of(pos[0], pos[1]);
        } else if (t.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
            e.setAttrValue("msg", pos.length == 1 ? pos[0] : PyNone.NONE);
            if (e.dict.getStr("name") == null) e.setAttrValue("name", PyNone.NONE);
            if (e.dict.getStr("path") == null) e.setAttrValue("path", PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            e.setAttrValue("msg", pos.length >= 1 ? pos[0] : PyNone.NONE);
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            PyObject[] info = pos.length >= 2 && pos[1] instanceof PyTuple tu ? tu.items : new PyObject[0];
            for (int i = 0; i < names.length; i++) e.setAttrValue(names[i], i < info.length ? info[i] : PyNone.NONE);
            e.setAttrValue("print_file_and_line", PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR) || t.isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) {
            if (pos.length == 5) {
                e.setAttrValue("encoding", pos[0]);
                e.setAttrValue("object", pos[1]);
                e.setAttrValue("start", pos[2]);
                e.setAttrValue("end", pos[3]);
                e.setAttrValue("reason", pos[4]);
            }
        } else if (t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            if (pos.length != 2) {
                throw Errors.typeError(t.name + ".__new__() takes exactly 2 arguments (" + pos.length + " given)");
            }
        }
    }

    private static void initKeywords(PyBaseException e, PyType t, PyObject[] args, String[] kw) {
        int base = args.length - kw.length;
        for (int i = 0; i < kw.length; i++) {
            String k = kw[i];
            boolean ok = (t.isSubtypeOf(ExceptionTypes.IMPORT_ERROR) && (k.equals("name") || k.equals("path")))
                    || (t.isSubtypeOf(ExceptionTypes.NAME_ERROR) && k.equals("name"))
                    || (t.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) && (k.equals("name") || k.equals("obj")));
            if (!ok) {
                if (t.isBuiltin()) throw Errors.typeError(t.name + "() takes no keyword arguments");
                continue;
            }
            e.setAttrValue(k, args[base + i]);
        }
    }

    static void setupBase(PyType t) {
        t.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (Fn.FV) (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Errors.typeError("BaseException.__new__(X): X is not a type object");
            PyObject[] rest = Arrays.copyOfRange(positional(a, k), 1, positional(a, k).length);
            return new PyBaseException(cls, PyTuple.of(rest));
        })));
        t.method("__init__", (Fn.FV) (a, k) -> {
            PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
            init(self(a[0]), rest, k);
            return PyNone.NONE;
        });
        t.method("__str__", (Fn.F1) s -> PyStr.of(self(s).builtinStr()));
        t.method("__repr__", (Fn.F1) s -> PyStr.of(self(s).builtinRepr()));
        t.getset("args", s -> self(s).args, (s, v) -> {
            self(s).args = PyTuple.of(Protocol.toArray(v));
            return PyNone.NONE;
        });
        t.getset("__cause__", s -> orNone(self(s).cause), (s, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            self(s).cause = v == PyNone.NONE ? null : v;
            self(s).suppressContext = true;
            return PyNone.NONE;
        });
        t.getset("__context__", s -> orNone(self(s).context), (s, v) -> {
            self(s).context = v == PyNone.NONE ? null : v;
            return PyNone.NONE;
        });
        t.getset("__suppress_context__", s -> PyBool.of(self(s).suppressContext), (s, v) -> {
            self(s).suppressContext = v.isTrue();
            return PyNone.NONE;
        });
        t.getset("__traceback__", s -> orNone(self(s).traceback), (s, v) -> {
            self(s).traceback = v == PyNone.NONE ? null : (Traceback) v;
            return PyNone.NONE;
        });
        t.method("with_traceback", (Fn.F2) (s, tb) -> {
            self(s).traceback = tb == PyNone.NONE ? null : (Traceback) tb;
            return s;
        });
        t.method("add_note", (Fn.F2) (s, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type().name + "'");
            }
            PyDict d = s.instanceDict();
            PyObject notes = d.getStr("__notes__");
            if (notes == null) {
                notes = new PyList();
                d.setStr("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
            l.append(note);
            return PyNone.NONE;
        });
        t.getter("__dict__", PyObject::instanceDict);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void setupSub(PyType t) {
        if (t == ExceptionTypes.BASE_EXCEPTION_GROUP || t == ExceptionTypes.EXCEPTION_GROUP) ExceptionGroups.setup(t);
        String[] attrs;
        switch (t.name) {
            case "StopIteration": case "StopAsyncIteration": attrs = new String[] {"value"}; break;
            case "SystemExit": attrs = new String[] {"code"}; break;
            case "OSError": attrs = new String[] {"errno", "strerror", "filename", "filename2"}; break;
            case "ImportError": attrs = new String[] {"msg", "name", "path"}; break;
            case "NameError": attrs = new String[] {"name"}; break;
            case "AttributeError": attrs = new String[] {"name", "obj"}; break;
            case "SyntaxError": attrs = new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"}; break;
            case "UnicodeDecodeError": case "UnicodeEncodeError": attrs = new String[] {"encoding", "object", "start", "end", "reason"}; break;
            default: attrs = new String[0];
        }
        for (String a : attrs) {
            t.getset(a, s -> self(s).attr(a), (s, v) -> {
                self(s).setAttrValue(a, v);
                return PyNone.NONE;
            });
        }
        if (t.name.equals("KeyError")) {
            t.method("__str__", (Fn.F1) s -> PyStr.of(self(s).builtinStr()));
        }
        if (t.name.equals("OSError")) {
            t.method("__str__", (Fn.F1) s -> PyStr.of(self(s).builtinStr()));
        }
        if (t.name.equals("SyntaxError")) {
            t.method("__str__", (Fn.F1) s -> {
                PyBaseException e = self(s);
                String msg = e.attr("msg").str();
                PyObject file = e.attr("filename");
                PyObject line = e.attr("lineno");
                if (file != PyNone.NONE && line != PyNone.NONE) {
                    String f = file.str();
                    int slash = f.lastIndexOf('/');
                    return PyStr.of(msg + " (" + f.substring(slash + 1) + ", line " + line.str() + ")");
                }
                if (line != PyNone.NONE) return PyStr.of(msg + " (line " + line.str() + ")");
                return PyStr.of(msg);
            });
        }
    }
}
