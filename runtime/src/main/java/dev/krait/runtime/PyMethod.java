package dev.krait.runtime;

/** A function bound to an instance ({@code obj.method}): calls pass the instance first. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyType.OBJECT, PyMethod.class, t -> {
        t.getter("__self__", s -> ((PyMethod) s).self);
        t.getter("__func__", s -> ((PyMethod) s).func);
        t.getter("__name__", s -> ((PyMethod) s).func.getAttr("__name__"));
        t.getter("__qualname__", s -> ((PyMethod) s).func.getAttr("__qualname__"));
        t.getter("__doc__", s -> ((PyMethod) s).func.getAttr("__doc__"));
        t.getter("__module__", s -> ((PyMethod) s).func.getAttr("__module__"));
        t.getter("__wrapped__", s -> ((PyMethod) s).func.getAttr("__wrapped__"));
    });

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return func.call(all, kwnames);
    }

    @Override
    public PyObject call0() {
        return func.call1(self);
    }

    @Override
    public PyObject call1(PyObject a) {
        return func.call2(self, a);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        return func.call3(self, a, b);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** Attributes the method object lacks come from its function (decorator flags, __dict__ entries). */
    @Override
    public PyObject lookupAttr(String name) {
        PyObject r = super.lookupAttr(name);
        if (r == null) r = func.lookupAttr(name);
        return r;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject r = super.lookupAttr(name);
        return r != null ? r : func.getAttr(name);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyMethod m) {
            boolean eq = m.self == self && m.func.equalsPy(func);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }

    @Override
    public long hash() {
        return System.identityHashCode(self) ^ func.hash();
    }

    @Override
    public String repr() {
        PyObject qn = func.lookupAttr("__qualname__");
        String name = qn == null ? "?" : qn.str();
        return "<bound method " + name + " of " + self.repr() + ">";
    }
}
