package dev.krait.runtime;

import java.util.Arrays;

/** The functions of the builtins module. */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static void def(PyDict d, String name) {
        d.setStr(name, PyBuiltinFunction.lazy(name, BuiltinFunctions::define));
    }

    static void register(PyDict d) {
        def(d, "len");
        def(d, "abs");
        def(d, "print");
        def(d, "input");
        def(d, "open");
        def(d, "repr");
        def(d, "ascii");
        def(d, "id");
        def(d, "hash");
        def(d, "callable");
        def(d, "isinstance");
        def(d, "issubclass");
        def(d, "iter");
        def(d, "next");
        def(d, "aiter");
        def(d, "anext");
        def(d, "reversed");
        def(d, "sorted");
        def(d, "min");
        def(d, "max");
        def(d, "sum");
        def(d, "any");
        def(d, "all");
        def(d, "chr");
        def(d, "ord");
        def(d, "hex");
        def(d, "oct");
        def(d, "bin");
        def(d, "round");
        def(d, "divmod");
        def(d, "pow");
        def(d, "getattr");
        def(d, "setattr");
        def(d, "delattr");
        def(d, "hasattr");
        def(d, "format");
        def(d, "vars");
        def(d, "dir");
        def(d, "__build_class__");
        def(d, "__import__");
        def(d, "globals");
        def(d, "locals");
        def(d, "eval");
        def(d, "exec");
        def(d, "compile");
        def(d, "breakpoint");
        SiteBuiltins.install(d);
    }

    /**
     * Gives a builtin its implementations on its first call: the lambdas of a case are made only when it runs,
     * so a program pays at start-up only for the builtins it uses (each lambda costs a class spun at run time).
     */
    private static void define(PyBuiltinFunction fn) {
        switch (fn.name()) {
            case "len" -> fn.with((Fn.F1) o -> o instanceof PyRange r ? r.lenObject() : PyInt.of(Builtins.len(o)));
            case "abs" -> fn.with((Fn.F1) PyObject::abs);
            case "print" -> fn.with((Fn.FV) BuiltinIO::print);
            case "input" -> fn.with((Fn.F0) () -> BuiltinIO.input(null)).with((Fn.F1) BuiltinIO::input);
            case "open" -> fn.with((Fn.FV) PyFile::open);
            case "repr" -> fn.with((Fn.F1) o -> PyStr.of(o.repr()));
            case "ascii" -> fn.with((Fn.F1) o -> PyStr.of(Builtins.ascii(o.repr())));
            case "id" -> fn.with((Fn.F1) o -> PyInt.of(Protocol.id(o)));
            case "hash" -> fn.with((Fn.F1) o -> PyInt.of(o.hash()));
            case "callable" -> fn.with((Fn.F1) o -> PyBool.of(o.isCallable()));
            case "isinstance" -> fn.with((Fn.F2) (o, c) -> PyBool.of(Protocol.isInstance(o, c)));
            case "issubclass" -> fn.with((Fn.F2) (o, c) -> PyBool.of(Protocol.isSubclass(o, c)));
            case "iter" -> fn.with((Fn.F1) o -> Builtins.iter(o, null)).with((Fn.F2) Builtins::iter);
            case "next" -> fn.with((Fn.F1) o -> Builtins.next(o, null)).with((Fn.F2) Builtins::next);
            case "aiter" -> fn.with((Fn.F1) o -> {
            PyObject f = o.type().lookup("__aiter__");
            if (f == null) throw Errors.typeError("'" + o.type().name() + "' object is not an async iterable");
            PyObject it = Protocol.call0(f, o);
            if (it.type().lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
            }
            return it;
        });
            case "anext" -> fn.with((Fn.F1) o -> anext(o)).with((Fn.F2) (o, dflt) -> {
            anextCheck(o);
            // With a default: a coroutine (from the library's _kbuiltins) that turns StopAsyncIteration into it.
            return Importer.importModule("_kbuiltins").getAttr("anext_default").call2(o, dflt);
        });
            case "reversed" -> fn.with((Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("reversed() takes no keyword arguments");
            if (a.length != 1) throw Errors.typeError("reversed expected 1 argument, got " + a.length);
            return Builtins.reversed(a[0]);
        });
            case "sorted" -> fn.with((Fn.FV) Builtins::sorted);
            case "min" -> fn.with((Fn.FV) (a, k) -> Builtins.minMax(a, k, false));
            case "max" -> fn.with((Fn.FV) (a, k) -> Builtins.minMax(a, k, true));
            case "sum" -> fn.with((Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("sum", a, k, 0, "$iterable", "start");
            return Builtins.sum(p.required(0, "iterable"), p.get(1, PyInt.ZERO));
        });
            case "any" -> fn.with((Fn.F1) it -> {
            PyObject i = it.iter();
            for (PyObject x = i.next(); x != null; x = i.next()) if (x.isTrue()) return PyBool.TRUE;
            return PyBool.FALSE;
        });
            case "all" -> fn.with((Fn.F1) it -> {
            PyObject i = it.iter();
            for (PyObject x = i.next(); x != null; x = i.next()) if (!x.isTrue()) return PyBool.FALSE;
            return PyBool.TRUE;
        });
            case "chr" -> fn.with((Fn.F1) o -> {
            long cp;
            if (o instanceof PyInt i && i.isBig()) throw Errors.overflowError("Python int too large to convert to C int");
            cp = Protocol.index(o);
            if (cp < 0 || cp > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) cp);
        });
            case "ord" -> fn.with((Fn.F1) o -> {
            if (o instanceof PyStr s) {
                if (s.cpLength() != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + s.cpLength() + " found");
                }
                return PyInt.of(s.value().codePointAt(0));
            }
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                byte[] b = PyBytes.bytesOf(o);
                if (b.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
                }
                return PyInt.of(b[0] & 0xff);
            }
            throw Errors.typeError("ord() expected string of length 1, but " + o.type().name + " found");
        });
            case "hex" -> fn.with((Fn.F1) o -> Builtins.radix(o, 16, "0x"));
            case "oct" -> fn.with((Fn.F1) o -> Builtins.radix(o, 8, "0o"));
            case "bin" -> fn.with((Fn.F1) o -> Builtins.radix(o, 2, "0b"));
            case "round" -> fn.with((Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("round", a, k, 0, "number", "ndigits");
            return Builtins.round(p.required(0, "number"), p.get(1, null));
        });
            case "divmod" -> fn.with((Fn.F2) PyObject::divmod);
            case "pow" -> fn.with((Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("pow", a, k, 0, "base", "exp", "mod");
            PyObject m = p.get(2, PyNone.NONE);
            return Ops.pow3(p.required(0, "base"), p.required(1, "exp"), m);
        });
            case "getattr" -> fn.with((Fn.F2) (o, n) -> Builtins.getattr(o, n, null))
                .with((Fn.F3) Builtins::getattr);
            case "setattr" -> fn.with((Fn.F3) (o, n, v) -> {
            o.setAttr(BuiltinSetup.attrName(n), v);
            return PyNone.NONE;
        });
            case "delattr" -> fn.with((Fn.F2) (o, n) -> {
            o.delAttr(BuiltinSetup.attrName(n));
            return PyNone.NONE;
        });
            case "hasattr" -> fn.with((Fn.F2) (o, n) -> {
            String name = BuiltinSetup.attrName(n);
            try {
                return PyBool.of(o.lookupAttr(name) != null);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return PyBool.FALSE;
                throw e;
            }
        });
            case "format" -> fn.with((Fn.F1) o -> PyStr.of(o.format("")))
                .with((Fn.F2) (o, spec) -> PyStr.of(o.format(BuiltinSetup.specOf(spec))));
            case "vars" -> fn.with((Fn.F1) o -> {
            PyObject v = o.lookupAttr("__dict__");
            if (v == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return v;
        });
            case "dir" -> fn.with((Fn.F1) o -> {
            PyObject f = o.type().lookup("__dir__");
            if (f != null && !(o instanceof PyType) && !(o instanceof PyModule)) {
                PyList l = new PyList();
                l.extend(Protocol.call0(f, o));
                ListMethods.sort(l, PyNone.NONE, false);
                return l;
            }
            return Builtins.dirOf(o);
        });
            case "__build_class__" -> fn.with((Fn.FV) (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            PyObject[] bases = Arrays.copyOfRange(a, 2, npos);
            return Instances.buildClass(a[0], a[1].str(), bases, k, Arrays.copyOfRange(a, npos, a.length));
        });
            case "__import__" -> fn.with((Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("__import__", a, k, 0, "name", "globals", "locals", "fromlist", "level");
            PyObject globals = p.get(1, PyNone.NONE);
            PyObject fromlist = p.get(3, PyNone.NONE);
            int level = (int) Protocol.index(p.get(4, PyInt.ZERO));
            return Importer.importHook(p.required(0, "name").str(), globals instanceof PyDict g ? g : null,
                    fromlist, level);
        });
            case "globals" -> fn.with((Fn.F0) () -> {
            throw Errors.runtimeError("globals(): no current frame");
        });
            case "locals" -> fn.with((Fn.F0) () -> {
            throw Errors.runtimeError("locals(): no current frame");
        });
            case "eval" -> fn.with((Fn.FV) (a, k) -> Eval.eval(a, k, null, null));
            case "exec" -> fn.with((Fn.FV) (a, k) -> Eval.exec(a, k, null, null));
            case "compile" -> fn.with((Fn.FV) Eval::compile);
            case "breakpoint" -> fn.with((Fn.FV) (a, k) -> PyNone.NONE);
            default -> throw new IllegalStateException(fn.name());
        }
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
