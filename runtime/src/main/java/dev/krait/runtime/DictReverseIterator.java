package dev.krait.runtime;

/** reversed() over a dict or one of its views: entries from the last inserted, detecting size changes. */
final class DictReverseIterator extends PyObject {
    static final PyType KEY_TYPE = new PyType("dict_reversekeyiterator", PyType.OBJECT, DictReverseIterator.class,
            BuiltinSetup::iterator);
    static final PyType VALUE_TYPE = new PyType("dict_reversevalueiterator", PyType.OBJECT, DictReverseIterator.class,
            BuiltinSetup::iterator);
    static final PyType ITEM_TYPE = new PyType("dict_reverseitemiterator", PyType.OBJECT, DictReverseIterator.class,
            BuiltinSetup::iterator);

    private final PyDict d;
    private final int kind;
    private final int expectedUsed;
    private int i;
    private int remaining;

    DictReverseIterator(PyDict d, int kind) {
        this.d = d;
        this.kind = kind;
        this.expectedUsed = d.used;
        this.remaining = d.used;
        this.i = d.nentries - 1;
    }

    @Override
    public PyType type() {
        return kind == DictIterator.KEYS ? KEY_TYPE : kind == DictIterator.VALUES ? VALUE_TYPE : ITEM_TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (remaining <= 0) return null;
        if (d.used != expectedUsed) {
            remaining = 0;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        PyObject[] kv = d.kv;
        while (i >= 0) {
            int j = i--;
            if (j >= d.nentries) continue;
            PyObject k = kv[2 * j];
            if (k != null) {
                remaining--;
                if (kind == DictIterator.KEYS) return k;
                if (kind == DictIterator.VALUES) return kv[2 * j + 1];
                return PyTuple.of(k, kv[2 * j + 1]);
            }
        }
        remaining = 0;
        return null;
    }

    @Override
    public int len() {
        return Math.max(remaining, 0);
    }
}
