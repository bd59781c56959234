package dev.krait.runtime;

/** A built-in method bound to its instance: {@code "abc".upper}. */
public final class PyBoundBuiltin extends PyObject {
    final PyObject self;
    final PyMethodDescr descr;

    PyBoundBuiltin(PyObject self, PyMethodDescr descr) {
        this.self = self;
        this.descr = descr;
    }

    @Override
    public PyType type() {
        return PyBuiltinFunction.TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return descr.callSelf(self, args, kwnames);
    }

    @Override
    public PyObject call0() {
        return descr.callSelf0(self);
    }

    @Override
    public PyObject call1(PyObject a) {
        return descr.callSelf1(self, a);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        return descr.callSelf2(self, a, b);
    }

    @Override
    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        return descr.callSelf3(self, a, b, c);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__self__")) return self;
        if (name.equals("__name__")) return PyStr.of(descr.name());
        if (name.equals("__qualname__")) return PyStr.of(descr.owner.qualname + "." + descr.name());
        return super.lookupAttr(name);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyBoundBuiltin b) {
            boolean same = b.self == self && b.descr == descr;
            return PyBool.of(op == CompareOp.EQ ? same : !same);
        }
        return super.richCompare(o, op);
    }

    @Override
    public long hash() {
        return System.identityHashCode(self) * 31L + System.identityHashCode(descr);
    }

    @Override
    public String repr() {
        return "<built-in method " + descr.name() + " of " + self.type().name + " object at " + Protocol.addressOf(self) + ">";
    }
}
