package dev.krait.runtime;

/** Iterator over a dict's keys, values or items, detecting size changes as CPython does. */
final class DictIterator extends PyObject {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    static final PyType KEY_TYPE = new PyType("dict_keyiterator", PyType.OBJECT, DictIterator.class, BuiltinSetup::iterator);
    static final PyType VALUE_TYPE = new PyType("dict_valueiterator", PyType.OBJECT, DictIterator.class, BuiltinSetup::iterator);
    static final PyType ITEM_TYPE = new PyType("dict_itemiterator", PyType.OBJECT, DictIterator.class, BuiltinSetup::iterator);

    private final PyDict d;
    private final int kind;
    private final int expectedUsed;
    private int i;
    private int remaining;

    DictIterator(PyDict d, int kind) {
        this.d = d;
        this.kind = kind;
        this.expectedUsed = d.used;
        this.remaining = d.used;
    }

    @Override
    public PyType type() {
        return kind == KEYS ? KEY_TYPE : kind == VALUES ? VALUE_TYPE : ITEM_TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (d.used != expectedUsed) {
            remaining = -1;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        if (remaining < 0) {
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        int n = d.nentries;
        PyObject[] kv = d.kv;
        while (i < n) {
            int j = i++;
            PyObject k = kv[2 * j];
            if (k != null) {
                remaining--;
                if (kind == KEYS) return k;
                if (kind == VALUES) return kv[2 * j + 1];
                return PyTuple.of(k, kv[2 * j + 1]);
            }
        }
        if (remaining > 0) {
            remaining = -1;
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        return null;
    }

    @Override
    public int len() {
        return Math.max(remaining, 0);
    }
}
