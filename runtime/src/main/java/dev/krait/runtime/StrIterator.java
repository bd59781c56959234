package dev.krait.runtime;

/** Iterator over a str's code points. */
final class StrIterator extends PyObject {
    static final PyType TYPE = new PyType("str_ascii_iterator", PyType.OBJECT, StrIterator.class, BuiltinSetup::iterator);
    private final String s;
    private int pos;

    StrIterator(PyStr str) {
        this.s = str.value();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (pos >= s.length()) return null;
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }
}
