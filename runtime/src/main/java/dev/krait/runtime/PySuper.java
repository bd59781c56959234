package dev.krait.runtime;

/** {@code super(type, obj)}: attribute lookup starting after {@code type} in obj's MRO. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PyType.OBJECT, PySuper.class, t -> {
        t.setConstructor((cls, a, k) -> {
            if (a.length == 0) throw Errors.runtimeError("super(): no arguments");
            if (!(a[0] instanceof PyType ty)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + a[0].type().name);
            }
            return new PySuper(ty, a.length > 1 ? a[1] : null);
        });
        t.getter("__thisclass__", s -> ((PySuper) s).thisType);
        t.getter("__self__", s -> ((PySuper) s).obj == null ? PyNone.NONE : ((PySuper) s).obj);
        t.getter("__self_class__", s -> ((PySuper) s).objType == null ? PyNone.NONE : ((PySuper) s).objType);
    });

    final PyType thisType;
    final PyObject obj;
    final PyType objType;

    public PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
        if (obj == null) {
            this.objType = null;
        } else if (obj instanceof PyType ot && ot.isSubtypeOf(thisType)) {
            this.objType = ot;
        } else if (obj.type().isSubtypeOf(thisType)) {
            this.objType = obj.type();
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getStr(name);
                if (v != null) {
                    PyObject inst = obj == objType ? null : obj;
                    return v.descrGet(inst, objType);
                }
            }
        }
        return super.lookupAttr(name);
    }

    @Override
    public String repr() {
        if (objType == null) return "<super: <class '" + thisType.name + "'>, NULL>";
        return "<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>";
    }
}
