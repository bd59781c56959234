package dev.krait.runtime;

/**
 * Every Python value. Python's operations are virtual methods here; built-in types override them with fast
 * paths, and the defaults implement the generic protocol (looking up special methods on the type). A call site
 * that always sees one built-in class gets that class's method inlined by the JIT: that is our inline cache.
 *
 * <p>Conventions: methods throw {@link PyException} for Python errors; {@link #next()} returns {@code null} at
 * the end of iteration instead of raising StopIteration; {@code lookupAttr} returns {@code null} when absent.
 */
public abstract class PyObject {
    public static final PyObject[] EMPTY = new PyObject[0];

    /** The Python type of this value. */
    public abstract PyType type();

    // ------------------------------------------------------------------ attributes

    /** {@code getattr(self, name)}; raises AttributeError. */
    public PyObject getAttr(String name) {
        return Attributes.genericGetOrRaise(this, name);
    }

    /** {@code getattr(self, name, None)} without building an exception; null when absent. */
    public PyObject lookupAttr(String name) {
        return Attributes.genericGet(this, name);
    }

    public void setAttr(String name, PyObject value) {
        Attributes.genericSet(this, name, value);
    }

    public void delAttr(String name) {
        Attributes.genericDelete(this, name);
    }

    /**
     * This object found in a class namespace, accessed through {@code obj} (null when accessed on the class
     * itself) of class {@code type}: the descriptor protocol's {@code __get__}. Values that are not descriptors
     * return themselves.
     */
    public PyObject descrGet(PyObject obj, PyObject type) {
        PyType t = type();
        if (t.builtin) return this;
        return Attributes.slotDescrGet(this, obj, type);
    }

    /** Whether this class attribute is a data descriptor (defines __set__ or __delete__). */
    public boolean isDataDescr() {
        PyType t = type();
        if (t.builtin) return false;
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /** The descriptor protocol's {@code __set__} (or {@code __delete__} when value is null). */
    public void descrSet(PyObject obj, PyObject value) {
        Attributes.slotDescrSet(this, obj, value);
    }

    /** The instance {@code __dict__}, or null for objects without one. */
    public PyDict instanceDict() {
        return null;
    }

    /** {@code obj.__dict__ = d}: false when this object's dict cannot be replaced. */
    public boolean replaceInstanceDict(PyDict d) {
        return false;
    }

    // ------------------------------------------------------------------ calls

    /**
     * Calls this object. {@code args} holds the positional arguments followed by the keyword arguments' values;
     * {@code kwnames} names the trailing keyword values (null or empty when there are none).
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Protocol.callSlot(this, args, kwnames);
    }

    public PyObject call0() {
        return call(EMPTY, null);
    }

    public PyObject call1(PyObject a) {
        return call(new PyObject[] {a}, null);
    }

    public PyObject call2(PyObject a, PyObject b) {
        return call(new PyObject[] {a, b}, null);
    }

    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        return call(new PyObject[] {a, b, c}, null);
    }

    /** Whether {@code callable(self)}. */
    public boolean isCallable() {
        return type().lookup("__call__") != null;
    }

    // ------------------------------------------------------------------ arithmetic (binary ops include the reflected fallback)

    public PyObject add(PyObject o) {
        return Ops.binary(this, o, Slot.ADD);
    }

    public PyObject sub(PyObject o) {
        return Ops.binary(this, o, Slot.SUB);
    }

    public PyObject mul(PyObject o) {
        return Ops.binary(this, o, Slot.MUL);
    }

    public PyObject truediv(PyObject o) {
        return Ops.binary(this, o, Slot.TRUEDIV);
    }

    public PyObject floordiv(PyObject o) {
        return Ops.binary(this, o, Slot.FLOORDIV);
    }

    public PyObject mod(PyObject o) {
        return Ops.binary(this, o, Slot.MOD);
    }

    public PyObject pow(PyObject o) {
        return Ops.binary(this, o, Slot.POW);
    }

    public PyObject matmul(PyObject o) {
        return Ops.binary(this, o, Slot.MATMUL);
    }

    public PyObject lshift(PyObject o) {
        return Ops.binary(this, o, Slot.LSHIFT);
    }

    public PyObject rshift(PyObject o) {
        return Ops.binary(this, o, Slot.RSHIFT);
    }

    public PyObject and(PyObject o) {
        return Ops.binary(this, o, Slot.AND);
    }

    public PyObject or(PyObject o) {
        return Ops.binary(this, o, Slot.OR);
    }

    public PyObject xor(PyObject o) {
        return Ops.binary(this, o, Slot.XOR);
    }

    /** {@code divmod(self, o)}. */
    public PyObject divmod(PyObject o) {
        return Ops.binary(this, o, Slot.DIVMOD);
    }

    // In-place forms: try __iop__, then the binary operation. Immutable built-ins inherit these defaults.

    public PyObject iadd(PyObject o) {
        return Ops.inplace(this, o, Slot.ADD);
    }

    public PyObject isub(PyObject o) {
        return Ops.inplace(this, o, Slot.SUB);
    }

    public PyObject imul(PyObject o) {
        return Ops.inplace(this, o, Slot.MUL);
    }

    public PyObject itruediv(PyObject o) {
        return Ops.inplace(this, o, Slot.TRUEDIV);
    }

    public PyObject ifloordiv(PyObject o) {
        return Ops.inplace(this, o, Slot.FLOORDIV);
    }

    public PyObject imod(PyObject o) {
        return Ops.inplace(this, o, Slot.MOD);
    }

    public PyObject ipow(PyObject o) {
        return Ops.inplace(this, o, Slot.POW);
    }

    public PyObject imatmul(PyObject o) {
        return Ops.inplace(this, o, Slot.MATMUL);
    }

    public PyObject ilshift(PyObject o) {
        return Ops.inplace(this, o, Slot.LSHIFT);
    }

    public PyObject irshift(PyObject o) {
        return Ops.inplace(this, o, Slot.RSHIFT);
    }

    public PyObject iand(PyObject o) {
        return Ops.inplace(this, o, Slot.AND);
    }

    public PyObject ior(PyObject o) {
        return Ops.inplace(this, o, Slot.OR);
    }

    public PyObject ixor(PyObject o) {
        return Ops.inplace(this, o, Slot.XOR);
    }

    // ------------------------------------------------------------------ unary

    public PyObject neg() {
        return Ops.unary(this, "__neg__", "unary -");
    }

    public PyObject pos() {
        return Ops.unary(this, "__pos__", "unary +");
    }

    public PyObject invert() {
        return Ops.unary(this, "__invert__", "unary ~");
    }

    public PyObject abs() {
        return Ops.unary(this, "__abs__", "abs()");
    }

    // ------------------------------------------------------------------ comparison

    /** Rich comparison with Python's reflection rules; returns any object (usually a bool). */
    public PyObject richCompare(PyObject o, CompareOp op) {
        return Ops.richCompare(this, o, op);
    }

    public PyObject eq(PyObject o) {
        return richCompare(o, CompareOp.EQ);
    }

    public PyObject ne(PyObject o) {
        return richCompare(o, CompareOp.NE);
    }

    public PyObject lt(PyObject o) {
        return richCompare(o, CompareOp.LT);
    }

    public PyObject le(PyObject o) {
        return richCompare(o, CompareOp.LE);
    }

    public PyObject gt(PyObject o) {
        return richCompare(o, CompareOp.GT);
    }

    public PyObject ge(PyObject o) {
        return richCompare(o, CompareOp.GE);
    }

    /** {@code self == o} as a Java boolean (identity implies equality, as in containers). */
    public boolean equalsPy(PyObject o) {
        return this == o || eq(o).isTrue();
    }

    /** {@code self < o} as a Java boolean; built-ins override to avoid boxing a bool. */
    public boolean lessThan(PyObject o) {
        return lt(o).isTrue();
    }

    // ------------------------------------------------------------------ truth, hashing, text

    public boolean isTrue() {
        return Protocol.truth(this);
    }

    /** {@code hash(self)} with CPython's values for numbers. */
    public long hash() {
        return Protocol.hashSlot(this);
    }

    /** {@code repr(self)} as a Java string. */
    public String repr() {
        return Protocol.reprSlot(this);
    }

    /** {@code str(self)} as a Java string. */
    public String str() {
        return Protocol.strSlot(this);
    }

    /** {@code format(self, spec)}. */
    public String format(String spec) {
        return Protocol.formatSlot(this, spec);
    }

    // ------------------------------------------------------------------ containers

    public PyObject getItem(PyObject key) {
        return Protocol.getItemSlot(this, key);
    }

    public void setItem(PyObject key, PyObject value) {
        Protocol.setItemSlot(this, key, value);
    }

    public void delItem(PyObject key) {
        Protocol.delItemSlot(this, key);
    }

    /** {@code len(self)}. */
    public int len() {
        return Protocol.lenSlot(this);
    }

    /** {@code o in self}. */
    public boolean contains(PyObject o) {
        return Protocol.containsSlot(this, o);
    }

    // ------------------------------------------------------------------ iteration

    /** {@code iter(self)}. */
    public PyObject iter() {
        return Protocol.iterSlot(this);
    }

    /** The next item of an iterator, or {@code null} when exhausted (no StopIteration is built). */
    public PyObject next() {
        return Protocol.nextSlot(this);
    }

    /** Java's toString is Python's str, for debugging and string concatenation in the runtime. */
    @Override
    public String toString() {
        return str();
    }
}
