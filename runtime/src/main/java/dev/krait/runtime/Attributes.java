package dev.krait.runtime;

/** Attribute lookup and assignment: object.__getattribute__/__setattr__ and type's, with descriptors. */
public final class Attributes {
    private Attributes() {}

    /** The attribute as {@code getattr} finds it, or null; AttributeError from __getattr__ also gives null. */
    static PyObject genericGet(PyObject obj, String name) {
        PyType t = obj.type();
        if (t.customGetattribute || t.hasGetattr) return hookedGet(obj, t, name, false);
        return objectGet(obj, t, name);
    }

    /** As genericGet, but raising AttributeError (the hook's own, if a __getattr__ raised one). */
    static PyObject genericGetOrRaise(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject r = (t.customGetattribute || t.hasGetattr) ? hookedGet(obj, t, name, true) : obj.lookupAttr(name);
        if (r == null) throw Errors.noAttribute(obj, name);
        return r;
    }

    /** object.__getattribute__: data descriptor, instance dict, then other class attributes. */
    static PyObject objectGet(PyObject obj, PyType t, String name) {
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescr()) return descr.descrGet(obj, t);
        PyDict d = obj.instanceDict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (descr != null) return descr.descrGet(obj, t);
        if (name.equals("__dict__") && d != null) return d;
        if (name.equals("__class__")) return t;
        return null;
    }

    private static PyObject hookedGet(PyObject obj, PyType t, String name, boolean raise) {
        PyObject r;
        try {
            if (t.customGetattribute) {
                PyObject ga = t.lookup("__getattribute__");
                r = Protocol.call1(ga, obj, PyStr.of(name));
            } else {
                r = objectGet(obj, t, name);
            }
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            if (!t.hasGetattr) {
                if (raise) throw e;
                return null;
            }
            r = null;
        }
        if (r == null && t.hasGetattr) {
            PyObject ga = t.lookup("__getattr__");
            try {
                return Protocol.call1(ga, obj, PyStr.of(name));
            } catch (PyException e) {
                if (!raise && e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
                throw e;
            }
        }
        return r;
    }

    static void genericSet(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        if (t.customSetattr) {
            PyObject f = t.lookup(value == null ? "__delattr__" : "__setattr__");
            if (value == null) Protocol.call1(f, obj, PyStr.of(name));
            else Protocol.call2(f, obj, PyStr.of(name), value);
            return;
        }
        objectSet(obj, name, value);
    }

    /** object.__setattr__ / object.__delattr__ (value null). */
    static void objectSet(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescr()) {
            descr.descrSet(obj, value);
            return;
        }
        PyDict d = obj.instanceDict();
        if (d == null) {
            if (descr != null && value != null) {
                throw Errors.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
            if (t.isBuiltin() && value != null && t.lookup(name) == null) {
                throw Errors.noAttribute(obj, name);
            }
            throw Errors.noAttribute(obj, name);
        }
        if (value == null) {
            if (d.removeStr(name) == null) throw Errors.noAttribute(obj, name);
        } else {
            d.setStr(name, value);
        }
    }

    static void genericDelete(PyObject obj, String name) {
        genericSet(obj, name, null);
    }

    /** type.__getattribute__: metatype data descriptors, then the class's MRO, then the metatype. */
    static PyObject typeGet(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.isDataDescr()) return metaAttr.descrGet(type, meta);
        PyObject attr = type.lookup(name);
        if (attr != null) return attr.descrGet(null, type);
        if (metaAttr != null) return metaAttr.descrGet(type, meta);
        if (meta != PyType.TYPE && meta.hasGetattr) {
            try {
                return Protocol.call1(meta.lookup("__getattr__"), type, PyStr.of(name));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
                throw e;
            }
        }
        return null;
    }

    static void typeSet(PyType type, String name, PyObject value) {
        PyType meta = type.type();
        if (meta != PyType.TYPE && meta.customSetattr) {
            PyObject f = meta.lookup(value == null ? "__delattr__" : "__setattr__");
            if (value == null) Protocol.call1(f, type, PyStr.of(name));
            else Protocol.call2(f, type, PyStr.of(name), value);
            return;
        }
        typeSetDirect(type, name, value);
    }

    /** type.__setattr__ itself. */
    static void typeSetDirect(PyType type, String name, PyObject value) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.isDataDescr()) {
            metaAttr.descrSet(type, value);
            return;
        }
        if (type.isBuiltin()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name + "'");
        }
        if (value == null) {
            if (type.dict.removeStr(name) == null) throw Errors.noAttribute(type, name);
        } else {
            type.dict.setStr(name, value);
        }
        type.modified();
    }

    /** Binds a class attribute to an instance (or class when obj is null): functions become methods. */
    public static PyObject bindDescriptor(PyObject attr, PyObject obj, PyType type) {
        return attr.descrGet(obj, type);
    }

    /** A user-defined descriptor's __get__, or the object itself when it has none. */
    static PyObject slotDescrGet(PyObject descr, PyObject obj, PyObject type) {
        PyObject get = descr.type().lookup("__get__");
        if (get == null) return descr;
        return Protocol.call2(get, descr, obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type);
    }

    static void slotDescrSet(PyObject descr, PyObject obj, PyObject value) {
        if (value == null) {
            PyObject del = descr.type().lookup("__delete__");
            if (del == null) throw Errors.attributeError("__delete__");
            Protocol.call1(del, descr, obj);
            return;
        }
        PyObject set = descr.type().lookup("__set__");
        if (set == null) throw Errors.attributeError("__set__");
        Protocol.call2(set, descr, obj, value);
    }
}
