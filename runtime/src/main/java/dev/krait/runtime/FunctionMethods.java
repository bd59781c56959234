package dev.krait.runtime;

/** The attributes of Python functions: __name__, __defaults__, __dict__ and the rest. */
final class FunctionMethods {
    private FunctionMethods() {}

    private static PyFunction f(PyObject o) {
        return (PyFunction) o;
    }

    static void setup(PyType t) {
        t.getset("__name__", s -> PyStr.of(f(s).name), (s, v) -> {
            if (!(v instanceof PyStr str)) throw Errors.typeError("__name__ must be set to a string object");
            f(s).name = str.value();
            return PyNone.NONE;
        });
        t.getset("__qualname__", s -> PyStr.of(f(s).qualname), (s, v) -> {
            if (!(v instanceof PyStr str)) throw Errors.typeError("__qualname__ must be set to a string object");
            f(s).qualname = str.value();
            return PyNone.NONE;
        });
        t.getset("__doc__", s -> f(s).doc, (s, v) -> {
            f(s).doc = v;
            return PyNone.NONE;
        });
        t.getset("__module__", s -> f(s).module, (s, v) -> {
            f(s).module = v;
            return PyNone.NONE;
        });
        t.getset("__defaults__", s -> f(s).defaults == null ? PyNone.NONE : PyTuple.of(f(s).defaults.clone()), (s, v) -> {
            f(s).defaults = v == PyNone.NONE ? null : Protocol.toArray(v).clone();
            return PyNone.NONE;
        });
        t.getset("__kwdefaults__", s -> f(s).kwdefaults == null ? PyNone.NONE : f(s).kwdefaults, (s, v) -> {
            f(s).kwdefaults = v == PyNone.NONE ? null : (PyDict) v;
            return PyNone.NONE;
        });
        t.getset("__annotations__", s -> {
            if (f(s).annotations == null) f(s).annotations = new PyDict();
            return f(s).annotations;
        }, (s, v) -> {
            f(s).annotations = (PyDict) v;
            return PyNone.NONE;
        });
        t.getter("__globals__", s -> f(s).globals);
        t.getter("__dict__", PyObject::instanceDict);
        t.getter("__code__", s -> {
            // The code object frames report, so that frame.f_code is func.__code__ as in CPython.
            FrameCode c = FrameCode.ofFunction(f(s));
            return c != null ? c : new CodeObject(f(s));
        });
        t.getter("__closure__", s -> {
            PyCell[] cells = f(s).closure();
            if (cells == null) return PyNone.NONE;
            PyObject[] items = new PyObject[cells.length];
            System.arraycopy(cells, 0, items, 0, cells.length);
            return PyTuple.of(items);
        });
        t.method("__get__", (Fn.F3) (s, obj, type) -> obj == PyNone.NONE ? s : new PyMethod(s, obj));
    }

    /** {@code __code__}: the attributes people read (names, counts, file, first line). */
    static final class CodeObject extends PyObject {
        static final PyType TYPE = new PyType("code", PyType.OBJECT, CodeObject.class, t -> {
            t.getter("co_name", s -> PyStr.of(((CodeObject) s).fn.name));
            t.getter("co_qualname", s -> PyStr.of(((CodeObject) s).fn.qualname));
            t.getter("co_filename", s -> PyStr.of(((CodeObject) s).fn.file));
            t.getter("co_firstlineno", s -> PyInt.of(((CodeObject) s).fn.firstLine));
            t.getter("co_argcount", s -> PyInt.of(((CodeObject) s).fn.sig.argcount));
            t.getter("co_posonlyargcount", s -> PyInt.of(((CodeObject) s).fn.sig.posonly));
            t.getter("co_kwonlyargcount", s -> PyInt.of(((CodeObject) s).fn.sig.kwonly));
            t.getter("co_varnames", s -> {
                String[] n = ((CodeObject) s).fn.sig.names;
                PyObject[] r = new PyObject[n.length];
                for (int i = 0; i < n.length; i++) r[i] = PyStr.of(n[i]);
                return PyTuple.of(r);
            });
            t.getter("co_freevars", s -> PyTuple.of());
            t.getter("co_cellvars", s -> PyTuple.of());
            t.getter("co_flags", s -> {
                Signature sig = ((CodeObject) s).fn.sig;
                return PyInt.of(3 | (sig.varargs ? 4 : 0) | (sig.varkw ? 8 : 0) | sig.codeFlags);
            });
        });
        final PyFunction fn;

        CodeObject(PyFunction fn) {
            this.fn = fn;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<code object " + fn.name + " at " + Protocol.addressOf(fn) + ", file \"" + fn.file + "\", line "
                    + fn.firstLine + ">";
        }
    }
}
