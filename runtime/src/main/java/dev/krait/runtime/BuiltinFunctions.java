package dev.krait.runtime;

import java.util.Arrays;

/** The functions of the builtins module. */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static void def(PyDict d, PyBuiltinFunction f) {
        d.setStr(f.name(), f);
    }

    static void register(PyDict d) {
        def(d, new PyBuiltinFunction("len", (Fn.F1) o -> o instanceof PyRange r ? r.lenObject() : PyInt.of(Builtins.len(o))));
        def(d, new PyBuiltinFunction("abs", (Fn.F1) PyObject::abs));
        def(d, new PyBuiltinFunction("print", (Fn.FV) BuiltinIO::print));
        def(d, new PyBuiltinFunction("input").with((Fn.F0) () -> BuiltinIO.input(null)).with((Fn.F1) BuiltinIO::input));
        def(d, new PyBuiltinFunction("open", (Fn.FV) PyFile::open));
        def(d, new PyBuiltinFunction("repr", (Fn.F1) o -> PyStr.of(o.repr())));
        def(d, new PyBuiltinFunction("ascii", (Fn.F1) o -> PyStr.of(Builtins.ascii(o.repr()))));
        def(d, new PyBuiltinFunction("id", (Fn.F1) o -> PyInt.of(Protocol.identityHash(o))));
        def(d, new PyBuiltinFunction("hash", (Fn.F1) o -> PyInt.of(o.hash())));
        def(d, new PyBuiltinFunction("callable", (Fn.F1) o -> PyBool.of(o.isCallable())));
        def(d, new PyBuiltinFunction("isinstance", (Fn.F2) (o, c) -> PyBool.of(Protocol.isInstance(o, c))));
        def(d, new PyBuiltinFunction("issubclass", (Fn.F2) (o, c) -> PyBool.of(Protocol.isSubclass(o, c))));
        def(d, new PyBuiltinFunction("iter").with((Fn.F1) o -> Builtins.iter(o, null)).with((Fn.F2) Builtins::iter));
        def(d, new PyBuiltinFunction("next").with((Fn.F1) o -> Builtins.next(o, null)).with((Fn.F2) Builtins::next));
        def(d, new PyBuiltinFunction("aiter", (Fn.F1) o -> {
            PyObject f = o.type().lookup("__aiter__");
            if (f == null) throw Errors.typeError("'" + o.type().name() + "' object is not an async iterable");
            PyObject it = Protocol.call0(f, o);
            if (it.type().lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
            }
            return it;
        }));
        def(d, new PyBuiltinFunction("anext").with((Fn.F1) o -> anext(o)).with((Fn.F2) (o, dflt) -> {
            anextCheck(o);
            // With a default: a coroutine (from the library's _kbuiltins) that turns StopAsyncIteration into it.
            return Importer.importModule("_kbuiltins").getAttr("anext_default").call2(o, dflt);
        }));
        def(d, new PyBuiltinFunction("reversed", (Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("reversed() takes no keyword arguments");
            if (a.length != 1) throw Errors.typeError("reversed expected 1 argument, got " + a.length);
            return Builtins.reversed(a[0]);
        }));
        def(d, new PyBuiltinFunction("sorted", (Fn.FV) Builtins::sorted));
        def(d, new PyBuiltinFunction("min", (Fn.FV) (a, k) -> Builtins.minMax(a, k, false)));
        def(d, new PyBuiltinFunction("max", (Fn.FV) (a, k) -> Builtins.minMax(a, k, true)));
        def(d, new PyBuiltinFunction("sum", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("sum", a, k, 0, "$iterable", "start");
            return Builtins.sum(p.required(0, "iterable"), p.get(1, PyInt.ZERO));
        }));
        def(d, new PyBuiltinFunction("any", (Fn.F1) it -> {
            PyObject i = it.iter();
            for (PyObject x = i.next(); x != null; x = i.next()) if (x.isTrue()) return PyBool.TRUE;
            return PyBool.FALSE;
        }));
        def(d, new PyBuiltinFunction("all", (Fn.F1) it -> {
            PyObject i = it.iter();
            for (PyObject x = i.next(); x != null; x = i.next()) if (!x.isTrue()) return PyBool.FALSE;
            return PyBool.TRUE;
        }));
        def(d, new PyBuiltinFunction("chr", (Fn.F1) o -> {
            long cp;
            if (o instanceof PyInt i && i.isBig()) throw Errors.overflowError("Python int too large to convert to C int");
            cp = Protocol.index(o);
            if (cp < 0 || cp > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) cp);
        }));
        def(d, new PyBuiltinFunction("ord", (Fn.F1) o -> {
            if (o instanceof PyStr s) {
                if (s.cpLength() != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + s.cpLength() + " found");
                }
                return PyInt.of(s.value.codePointAt(0));
            }
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                byte[] b = PyBytes.bytesOf(o);
                if (b.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
                }
                return PyInt.of(b[0] & 0xff);
            }
            throw Errors.typeError("ord() expected string of length 1, but " + o.type().name + " found");
        }));
        def(d, new PyBuiltinFunction("hex", (Fn.F1) o -> Builtins.radix(o, 16, "0x")));
        def(d, new PyBuiltinFunction("oct", (Fn.F1) o -> Builtins.radix(o, 8, "0o")));
        def(d, new PyBuiltinFunction("bin", (Fn.F1) o -> Builtins.radix(o, 2, "0b")));
        def(d, new PyBuiltinFunction("round", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("round", a, k, 0, "number", "ndigits");
            return Builtins.round(p.required(0, "number"), p.get(1, null));
        }));
        def(d, new PyBuiltinFunction("divmod", (Fn.F2) PyObject::divmod));
        def(d, new PyBuiltinFunction("pow", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("pow", a, k, 0, "base", "exp", "mod");
            PyObject m = p.get(2, PyNone.NONE);
            return Ops.pow3(p.required(0, "base"), p.required(1, "exp"), m);
        }));
        def(d, new PyBuiltinFunction("getattr").with((Fn.F2) (o, n) -> Builtins.getattr(o, n, null))
                .with((Fn.F3) Builtins::getattr));
        def(d, new PyBuiltinFunction("setattr", (Fn.F3) (o, n, v) -> {
            o.setAttr(BuiltinSetup.attrName(n), v);
            return PyNone.NONE;
        }));
        def(d, new PyBuiltinFunction("delattr", (Fn.F2) (o, n) -> {
            o.delAttr(BuiltinSetup.attrName(n));
            return PyNone.NONE;
        }));
        def(d, new PyBuiltinFunction("hasattr", (Fn.F2) (o, n) -> {
            String name = BuiltinSetup.attrName(n);
            try {
                return PyBool.of(o.lookupAttr(name) != null);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return PyBool.FALSE;
                throw e;
            }
        }));
        def(d, new PyBuiltinFunction("format").with((Fn.F1) o -> PyStr.of(o.format("")))
                .with((Fn.F2) (o, spec) -> PyStr.of(o.format(BuiltinSetup.specOf(spec)))));
        def(d, new PyBuiltinFunction("vars", (Fn.F1) o -> {
            PyObject v = o.lookupAttr("__dict__");
            if (v == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return v;
        }));
        def(d, new PyBuiltinFunction("dir", (Fn.F1) o -> {
            PyObject f = o.type().lookup("__dir__");
            if (f != null && !(o instanceof PyType) && !(o instanceof PyModule)) {
                PyList l = new PyList();
                l.extend(Protocol.call0(f, o));
                ListMethods.sort(l, PyNone.NONE, false);
                return l;
            }
            return Builtins.dirOf(o);
        }));
        def(d, new PyBuiltinFunction("__build_class__", (Fn.FV) (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            PyObject[] bases = Arrays.copyOfRange(a, 2, npos);
            return Instances.buildClass(a[0], a[1].str(), bases, k, Arrays.copyOfRange(a, npos, a.length));
        }));
        def(d, new PyBuiltinFunction("__import__", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("__import__", a, k, 0, "name", "globals", "locals", "fromlist", "level");
            PyObject globals = p.get(1, PyNone.NONE);
            PyObject fromlist = p.get(3, PyNone.NONE);
            int level = (int) Protocol.index(p.get(4, PyInt.ZERO));
            return Importer.importHook(p.required(0, "name").str(), globals instanceof PyDict g ? g : null,
                    fromlist, level);
        }));
        SiteBuiltins.install(d);
        def(d, new PyBuiltinFunction("globals", (Fn.F0) () -> {
            throw Errors.runtimeError("globals(): no current frame");
        }));
        def(d, new PyBuiltinFunction("locals", (Fn.F0) () -> {
            throw Errors.runtimeError("locals(): no current frame");
        }));
        def(d, new PyBuiltinFunction("eval", (Fn.FV) (a, k) -> Eval.eval(a, k, null, null)));
        def(d, new PyBuiltinFunction("exec", (Fn.FV) (a, k) -> Eval.exec(a, k, null, null)));
        def(d, new PyBuiltinFunction("compile", (Fn.FV) Eval::compile));
        def(d, new PyBuiltinFunction("breakpoint", (Fn.FV) (a, k) -> PyNone.NONE));
    }

    private static void anextCheck(PyObject o) {
        if (o.type().lookup("__anext__") == null) {
            throw Errors.typeError("'" + o.type().name() + "' object is not an async iterator");
        }
    }

    /** anext(it): the awaitable it.__anext__() returns. */
    private static PyObject anext(PyObject o) {
        anextCheck(o);
        return Protocol.call0(o.type().lookup("__anext__"), o);
    }
}
