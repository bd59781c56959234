package dev.krait.runtime;

import java.util.Arrays;

/**
 * Static helpers called by compiled code for operations too big to emit inline: unpacking, calls with
 * unpacked arguments, method calls, raising, exception matching, names in class bodies, f-string pieces.
 */
public final class Rt {
    private Rt() {}

    // ------------------------------------------------------------------ names

    public static PyException unboundLocal(String name) {
        throw Errors.unboundLocal(name);
    }

    public static PyException unboundFree(String name) {
        throw Errors.unboundFree(name);
    }

    /** LOAD_NAME: the namespace mapping, then globals, then builtins. */
    public static PyObject loadName(PyObject ns, PyDict globals, String name) {
        PyObject v;
        if (ns instanceof PyDict d && d.getClass() == PyDict.class) {
            v = d.getStr(name);
        } else {
            v = mappingGet(ns, name);
        }
        if (v != null) return v;
        return loadGlobal(globals, name);
    }

    /** LOAD_GLOBAL without a site (exec'd code, class bodies). */
    public static PyObject loadGlobal(PyDict globals, String name) {
        PyObject v = globals.getStr(name);
        if (v != null) return v;
        PyObject b = globals.getStr("__builtins__");
        PyDict bd = b instanceof PyModule m ? m.dict : b instanceof PyDict d ? d : Builtins.DICT;
        v = bd.getStr(name);
        if (v == null) throw Errors.nameError(name, globals);
        return v;
    }

    /** LOAD_CLASSDEREF: a free variable read in a class body looks in the class namespace first. */
    public static PyObject loadClassDeref(PyObject ns, PyCell cell, String name) {
        PyObject v = ns instanceof PyDict d && d.getClass() == PyDict.class ? d.getStr(name) : mappingGet(ns, name);
        if (v != null) return v;
        v = cell.value;
        if (v == null) throw Errors.unboundFree(name);
        return v;
    }

    private static PyObject mappingGet(PyObject ns, String name) {
        try {
            return ns.getItem(PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    public static void storeName(PyObject ns, String name, PyObject v) {
        if (ns instanceof PyDict d && d.getClass() == PyDict.class) d.setStr(name, v);
        else ns.setItem(PyStr.of(name), v);
    }

    public static void deleteName(PyObject ns, String name) {
        try {
            ns.delItem(PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) throw Errors.nameError(name);
            throw e;
        }
    }

    public static void deleteGlobal(PyDict globals, String name) {
        if (globals.removeStr(name) == null) throw Errors.nameError(name);
    }

    /** {@code obj.name = v} with the value evaluated first, as compiled code has it. */
    public static void storeAttr(PyObject v, PyObject obj, String name) {
        obj.setAttr(name, v);
    }

    /** {@code obj[key] = v}. */
    public static void storeSubscr(PyObject v, PyObject obj, PyObject key) {
        obj.setItem(key, v);
    }

    /** A class statement with {@code **kwargs} among its keywords. */
    public static PyObject buildClassKw(PyObject body, String name, PyObject[] bases, PyDict kw) {
        int n = kw.size();
        String[] names = new String[n];
        PyObject[] values = new PyObject[n];
        int j = 0;
        for (int i = 0; i < kw.entryLimit(); i++) {
            PyObject k = kw.keyAt(i);
            if (k == null) continue;
            names[j] = k.str();
            values[j++] = kw.valueAt(i);
        }
        return Instances.buildClass(body, name, bases, names, values);
    }

    /** {@code aiter(o)}: the async iterator of an async comprehension's first iterable. */
    // ------------------------------------------------------------------ unpacking

    /** {@code a, b, c = v}: exactly n items. */
    public static PyObject[] unpack(PyObject v, int n) {
        if (v instanceof PyTuple t && v.getClass() == PyTuple.class) {
            if (t.items.length == n) return t.items;
            throw unpackCount(t.items.length, n);
        }
        if (v instanceof PyList l && v.getClass() == PyList.class) {
            if (l.size == n) return Arrays.copyOf(l.items, n);
            throw unpackCount(l.size, n);
        }
        PyObject it;
        try {
            it = v.iter();
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && v.type().lookup("__iter__") == null
                    && v.type().lookup("__getitem__") == null) {
                throw Errors.typeError("cannot unpack non-iterable " + v.type().name + " object");
            }
            throw e;
        }
        PyObject[] r = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = it.next();
            if (x == null) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            r[i] = x;
        }
        if (it.next() != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        return r;
    }

    private static PyException unpackCount(int got, int n) {
        if (got < n) return Errors.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
        return Errors.valueError("too many values to unpack (expected " + n + ")");
    }

    /** {@code a, *b, c = v}: before items, a list, after items. */
    public static PyObject[] unpackStar(PyObject v, int before, int after) {
        PyObject[] all;
        try {
            all = Protocol.toArray(v);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && v.type().lookup("__iter__") == null
                    && v.type().lookup("__getitem__") == null) {
                throw Errors.typeError("cannot unpack non-iterable " + v.type().name + " object");
            }
            throw e;
        }
        if (all.length < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.length + ")");
        }
        PyObject[] r = new PyObject[before + after + 1];
        System.arraycopy(all, 0, r, 0, before);
        r[before] = new PyList(Arrays.copyOfRange(all, before, all.length - after));
        System.arraycopy(all, all.length - after, r, before + 1, after);
        return r;
    }

    // ------------------------------------------------------------------ building values

    /** Appends the items of an iterable to a list ({@code [*a]}, star arguments). */
    public static void extend(PyList l, PyObject iterable) {
        try {
            l.extend(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && iterable.type().lookup("__iter__") == null
                    && iterable.type().lookup("__getitem__") == null) {
                throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name);
            }
            throw e;
        }
    }

    /** {@code f(*x)}: x must be iterable, reported with the function's name. */
    public static void extendArgs(PyList l, PyObject iterable, PyObject func) {
        if (iterable.type().lookup("__iter__") == null && iterable.type().lookup("__getitem__") == null) {
            throw Errors.typeError(funcName(func) + " argument after * must be an iterable, not " + iterable.type().name);
        }
        l.extend(iterable);
    }

    public static PyObject listToTuple(PyList l) {
        return PyTuple.of(l.toArray());
    }

    /** {@code {**m}} and {@code f(**m)} merging; {@code forCall} rejects duplicate keys. */
    public static void dictMerge(PyDict d, PyObject m, boolean forCall, PyObject func) {
        if (!(m instanceof PyDict) && m.lookupAttr("keys") == null) {
            if (forCall) {
                throw Errors.typeError(funcName(func) + " argument after ** must be a mapping, not " + m.type().name);
            }
            throw Errors.typeError("'" + m.type().name + "' object is not a mapping");
        }
        if (!forCall) {
            d.update(m);
            return;
        }
        PyObject keys = m instanceof PyDict md ? md.iter() : m.getAttr("keys").call0().iter();
        for (PyObject k = keys.next(); k != null; k = keys.next()) {
            if (!(k instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            kwSet(d, k, m.getItem(k), func);
        }
    }

    /** One named keyword of a call with ** unpacking: a name given twice is a TypeError. */
    public static void kwSet(PyDict d, PyObject name, PyObject value, PyObject func) {
        if (d.get(name) != null) {
            throw Errors.typeError(funcName(func) + " got multiple values for keyword argument '" + name.str() + "'");
        }
        d.put(name, value);
    }

    private static String funcName(PyObject f) {
        if (f instanceof PyFunction pf) {
            String mod = pf.module instanceof PyStr ms ? ms.value() + "." : "";
            return mod + pf.qualname + "()";
        }
        if (f instanceof PyBuiltinFunction bf) return bf.name() + "()";
        if (f instanceof PyType t) return t.name + "()";
        if (f instanceof PyMethod m) return funcName(m.func);
        return f.type().name + " object";
    }

    public static PyObject tupleOf(PyObject[] items) {
        return PyTuple.of(items);
    }

    public static PyObject listOf(PyObject[] items) {
        return new PyList(items);
    }

    public static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    /** A bytes literal, stored in the class file as a Latin-1 string. */
    public static PyObject bytesConst(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    public static PyObject buildSet(PyObject[] items) {
        PySet s = new PySet();
        for (PyObject x : items) s.addKey(x);
        return s;
    }

    /**
     * A display of three or more constants, laid out as CPython's: its compiler makes them a frozenset, rebuilds that
     * frozenset from its own iteration order (merging constants), and the display merges it into an empty set.
     * Elements whose hashes collide (-1 and -2) end up in a different order than when added one by one.
     */
    public static PyObject buildConstantSet(PyObject[] items) {
        PySet first = new PySet();
        for (PyObject x : items) first.addKey(x);
        PySet constant = new PySet();
        for (int i = 0; i <= first.mask; i++) {
            if (first.keys[i] != null) constant.addEntry(first.keys[i], first.hashes[i]);
        }
        PySet s = new PySet();
        s.merge(constant);
        return s;
    }

    public static void setAdd(PyObject set, PyObject x) {
        ((PySet) set).addKey(x);
    }

    public static void setUpdate(PyObject set, PyObject it) {
        ((PySet) set).update(it);
    }

    // ------------------------------------------------------------------ calls

    /** A call with unpacked arguments: positional values already flattened into a list, keywords into a dict. */
    public static PyObject callEx(PyObject f, PyList posList, PyDict kw) {
        PyObject[] pos = posList.toArray();
        if (kw == null || kw.size() == 0) return f.call(pos, null);
        int n = kw.size();
        PyObject[] all = Arrays.copyOf(pos, pos.length + n);
        String[] names = new String[n];
        int j = 0;
        for (int i = 0; i < kw.entryLimit(); i++) {
            PyObject k = kw.keyAt(i);
            if (k == null) continue;
            names[j] = ((PyStr) k).value();
            all[pos.length + j] = kw.valueAt(i);
            j++;
        }
        return f.call(all, names);
    }

    /** {@code obj.name(args)} without allocating a bound method when the attribute is a plain method. */
    public static PyObject callMethod(PyObject obj, String name, PyObject[] args, String[] kwnames) {
        PyObject m = methodOf(obj, name);
        if (m != null) return m.call(prepend(obj, args), kwnames);
        return obj.getAttr(name).call(args, kwnames);
    }

    public static PyObject callMethod0(PyObject obj, String name) {
        PyObject m = methodOf(obj, name);
        if (m instanceof PyMethodDescr d) return d.callSelf0(obj);
        if (m != null) return m.call1(obj);
        return obj.getAttr(name).call0();
    }

    public static PyObject callMethod1(PyObject obj, String name, PyObject a) {
        PyObject m = methodOf(obj, name);
        if (m instanceof PyMethodDescr d) return d.callSelf1(obj, a);
        if (m != null) return m.call2(obj, a);
        return obj.getAttr(name).call1(a);
    }

    public static PyObject callMethod2(PyObject obj, String name, PyObject a, PyObject b) {
        PyObject m = methodOf(obj, name);
        if (m instanceof PyMethodDescr d) return d.callSelf2(obj, a, b);
        if (m != null) return m.call3(obj, a, b);
        return obj.getAttr(name).call2(a, b);
    }

    /** The function to call with obj prepended, when obj.name is a method found on the type; else null. */
    private static PyObject methodOf(PyObject obj, String name) {
        if (obj instanceof PySuper || obj instanceof PyModule || obj instanceof PyType) return null;
        PyType t = obj.type();
        if (t.customGetattribute) return null;
        PyObject f = t.lookup(name);
        if (f instanceof PyFunction || f instanceof PyMethodDescr) {
            PyDict d = obj.instanceDict();
            if (d != null && d.getStr(name) != null) return null;
            return f;
        }
        return null;
    }

    private static PyObject[] prepend(PyObject a, PyObject[] rest) {
        PyObject[] r = new PyObject[rest.length + 1];
        r[0] = a;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    /** Zero-argument {@code super()} in a method: super(__class__, first argument). */
    public static PyObject superZero(PyCell classCell, PyObject first) {
        if (classCell == null || classCell.value == null) throw Errors.runtimeError("super(): __class__ cell not found");
        if (first == null) throw Errors.runtimeError("super(): no arguments");
        if (!(classCell.value instanceof PyType t)) throw Errors.runtimeError("super(): __class__ is not a type");
        return new PySuper(t, first);
    }

    /** A call of the name {@code super} with no arguments: zero-argument super when it is the builtin. */
    public static PyObject callSuper(PyObject f, PyCell classCell, PyObject first) {
        if (f == PySuper.TYPE) return superZero(classCell, first);
        return f.call0();
    }

    // ------------------------------------------------------------------ exceptions

    /** {@code raise exc [from cause]}: instantiates a class, checks the type, sets cause and context. */
    public static PyException raise(PyObject exc, PyObject cause) {
        PyBaseException e = toException(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else {
                e.cause = toException(cause, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        PyBaseException handled = ThreadState.current().handled;
        if (handled != null && handled != e) {
            e.context = handled;
            breakCycle(e, handled);
        }
        PyException j = e.toJava();
        j.reraised = false;
        return j;
    }

    private static void breakCycle(PyBaseException e, PyBaseException start) {
        PyBaseException o = start;
        int guard = 0;
        while (o.context instanceof PyBaseException c && guard++ < 1000) {
            if (c == e) {
                o.context = null;
                break;
            }
            o = c;
        }
    }

    private static PyBaseException toException(PyObject exc, String msg) {
        if (exc instanceof PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) throw Errors.typeError(msg);
            PyObject inst = t.call0();
            if (!(inst instanceof PyBaseException be)) {
                throw Errors.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not "
                        + inst.type().name);
            }
            return be;
        }
        if (exc instanceof PyBaseException be) return be;
        throw Errors.typeError(msg);
    }

    /** Bare {@code raise}: re-raises the exception being handled. */
    public static PyException reraise() {
        PyBaseException e = ThreadState.current().handled;
        if (e == null) throw Errors.runtimeError("No active exception to reraise");
        PyException j = e.toJava();
        j.reraised = true;
        return j;
    }

    /** Marks a caught exception as re-raised by this frame (end of finally, unmatched except). */
    public static Throwable rethrow(PyException e) {
        e.reraised = true;
        return e;
    }

    /** {@code except T:} test: T is a class or a tuple of classes deriving from BaseException. */
    public static boolean matches(PyException e, PyObject t) {
        if (t instanceof PyType ty) {
            if (!ty.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) throw notCatchable();
            return e.value.type().isSubtypeOf(ty);
        }
        if (t instanceof PyTuple tu) {
            boolean r = false;
            for (PyObject x : tu.items) {
                if (!(x instanceof PyType xt) || !xt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) throw notCatchable();
                if (!r && e.value.type().isSubtypeOf(xt)) r = true;
            }
            return r;
        }
        throw notCatchable();
    }

    private static PyException notCatchable() {
        return Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    public static PyException assertionError(PyObject msg) {
        if (msg == null) return Errors.make(ExceptionTypes.ASSERTION_ERROR, PyObject.EMPTY);
        return Errors.make(ExceptionTypes.ASSERTION_ERROR, msg);
    }

    // ------------------------------------------------------------------ with statements

    /** Looks up __enter__/__exit__ on the type as CPython's BEFORE_WITH; returns {exit (bound), enter result}. */
    public static PyObject[] withEnter(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        PyObject boundExit = exit.descrGet(mgr, t);
        PyObject value = Protocol.call0(enter, mgr);
        return new PyObject[] {boundExit, value};
    }

    /** Calls __exit__ for an exception; true means the exception is suppressed. */
    public static boolean withExitException(PyObject exit, PyException e) {
        PyBaseException v = e.value;
        return exit.call3(v.type(), v, v.traceback == null ? PyNone.NONE : v.traceback).isTrue();
    }

    public static void withExitNormal(PyObject exit) {
        exit.call3(PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    // ------------------------------------------------------------------ async with / async for / async generators

    /** BEFORE_ASYNC_WITH: {bound __aexit__, the awaitable from __aenter__}. */
    public static PyObject[] asyncWithEnter(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        PyObject exit = t.lookup("__aexit__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + t.name
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        PyObject bound = exit.descrGet(mgr, t);
        return new PyObject[] {bound, awaitable(Protocol.call0(enter, mgr),
                "'async with' received an object from __aenter__ that does not implement __await__: ")};
    }

    public static PyObject asyncWithExitNormal(PyObject exit) {
        return awaitable(exit.call3(PyNone.NONE, PyNone.NONE, PyNone.NONE),
                "'async with' received an object from __aexit__ that does not implement __await__: ");
    }

    public static PyObject asyncWithExitException(PyObject exit, PyException e) {
        PyBaseException v = e.value;
        return awaitable(exit.call3(v.type(), v, v.traceback == null ? PyNone.NONE : v.traceback),
                "'async with' received an object from __aexit__ that does not implement __await__: ");
    }

    /** x if an await can take it, else the TypeError CPython raises where the statement awaits it. */
    private static PyObject awaitable(PyObject x, String message) {
        if (x instanceof PyGenerator || x.type().lookup("__await__") != null) return x;
        throw Errors.typeError(message + x.type().name);
    }

    /** GET_AITER. */
    public static PyObject aiter(PyObject o) {
        PyObject f = o.type().lookup("__aiter__");
        if (f == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = Protocol.call0(f, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        return it;
    }

    /** GET_ANEXT: the awaitable for the next item. */
    public static PyObject anext(PyObject it) {
        PyObject f = it.type().lookup("__anext__");
        if (f == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + it.type().name);
        }
        return awaitable(Protocol.call0(f, it), "'async for' received an invalid object from __anext__: ");
    }

    /** Whether a throwable ending an async for's await is StopAsyncIteration (the loop's normal end). */
    public static boolean isStopAsyncIteration(Throwable t) {
        return t instanceof PyException e && e.matches(ExceptionTypes.STOP_ASYNC_ITERATION);
    }

    public static PyObject asyncGenWrap(PyObject v) {
        return new PyAsyncGenerator.Value(v);
    }

    public static PyObject asyncGenerator(PyObject gen) {
        return new PyAsyncGenerator((PyGenerator) gen);
    }

    // ------------------------------------------------------------------ generators

    /** A generator body finishing: records the return value; the transformed body then returns null. */
    public static PyObject genReturn(PyGenerator g, PyObject value) {
        g.state = PyGenerator.DONE;
        g.returnValue = value;
        g.refs = null;
        g.ints = null;
        return null;
    }

    /** {@code yield from x}: delegate to iter(x) (a coroutine may only be awaited, not yielded from a generator). */
    public static void yieldFromBegin(PyGenerator g, PyObject x) {
        if (x instanceof PyGenerator xg && xg.coroutine && !g.coroutine) {
            throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        g.delegate = x instanceof PyGenerator ? x : x.iter();
    }

    /** {@code await x}: delegate to x's awaitable iterator. */
    public static void awaitBegin(PyGenerator g, PyObject x) {
        if (x instanceof PyGenerator xg && xg.coroutine) {
            if (xg.isFinished() || xg.awaited && xg.state == PyGenerator.DONE) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            xg.awaited = true;
            g.delegate = xg;
            return;
        }
        if (x instanceof PyGenerator xg && xg.function.dict != null
                && xg.function.dict.getStr("_is_coroutine") != null) {
            // A generator from a @types.coroutine function: awaitable as it is (CPython's CO_ITERABLE_COROUTINE).
            g.delegate = xg;
            return;
        }
        PyObject f = x.type().lookup("__await__");
        if (f == null) {
            throw Errors.typeError("object " + x.type().name + " can't be used in 'await' expression");
        }
        PyObject it = Protocol.call0(f, x);
        if (it instanceof PyGenerator ig && ig.coroutine) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null && !(it instanceof PyGenerator)) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        g.delegate = it;
    }

    // ------------------------------------------------------------------ f-strings

    /** One f-string field: conversion (-1, 's', 'r', 'a') then format with the spec. */
    public static PyObject formatValue(PyObject v, int conversion, PyObject spec) {
        switch (conversion) {
            case 's': v = PyStr.of(v.str()); break;
            case 'r': v = PyStr.of(v.repr()); break;
            case 'a': v = PyStr.of(Builtins.ascii(v.repr())); break;
            default: break;
        }
        String sp = spec == null ? "" : ((PyStr) spec).value();
        if (sp.isEmpty() && v instanceof PyStr s && v.getClass() == PyStr.class) return s;
        return PyStr.of(v.format(sp));
    }

    public static PyObject joinStrings(PyObject[] parts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : parts) sb.append(((PyStr) p).value());
        return PyStr.of(sb.toString());
    }

    // ------------------------------------------------------------------ misc

    public static PyObject notIn(PyObject a, PyObject b) {
        return PyBool.of(!b.contains(a));
    }

    public static PyObject getIter(PyObject o) {
        return o.iter();
    }

    /** Annotations dict of a module or class namespace, created on first use. */
    public static PyObject annotations(PyObject ns) {
        PyObject a;
        if (ns instanceof PyDict d) {
            a = d.getStr("__annotations__");
            if (a == null) {
                a = new PyDict();
                d.setStr("__annotations__", a);
            }
            return a;
        }
        try {
            return ns.getItem(PyStr.of("__annotations__"));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.KEY_ERROR)) throw e;
            a = new PyDict();
            ns.setItem(PyStr.of("__annotations__"), a);
            return a;
        }
    }

    /** {@code locals()} in a function: a fresh dict of the bound local names. */
    public static PyObject localsDict(String[] names, PyObject[] values) {
        PyDict d = new PyDict();
        for (int i = 0; i < names.length; i++) {
            PyObject v = values[i];
            if (v instanceof PyCell c) v = c.value;
            if (v != null) d.setStr(names[i], v);
        }
        return d;
    }
}
