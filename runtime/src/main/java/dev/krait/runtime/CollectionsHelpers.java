package dev.krait.runtime;

/**
 * {@code _collections}: deque and its iterators (pickled by reference to this module, as CPython's are), and the
 * counting loop of collections.Counter (also as {@code _kcollections.count_elements}, which Counter imports).
 */
final class CollectionsHelpers {
    private CollectionsHelpers() {}

    static PyModule create() {
        return new ModuleDef("_kcollections")
                .fn("count_elements", (Fn.F2) CollectionsHelpers::countElements)
                .module;
    }

    static PyModule createCollections() {
        return new ModuleDef("_collections")
                .fn("_count_elements", (Fn.F2) CollectionsHelpers::countElements)
                .set("deque", PyDeque.TYPE)
                .set("_deque_iterator", DequeIterator.TYPE)
                .set("_deque_reverse_iterator", DequeIterator.REVERSE_TYPE)
                .module;
    }

    /** mapping[elem] = mapping.get(elem, 0) + 1 for each elem; the dict operations directly when not overridden. */
    static PyObject countElements(PyObject mapping, PyObject iterable) {
        PyType t = mapping.type();
        boolean plain = mapping instanceof PyDict && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        PyObject it = iterable.iter();
        if (plain) {
            PyDict d = (PyDict) mapping;
            for (PyObject x = it.next(); x != null; x = it.next()) {
                // One probe for a key already counted: its value is replaced in place.
                int ix = x instanceof PyStr s ? d.findStr(s.value(), PyDict.fold(s.hash())) : d.find(x, PyDict.fold(x.hash()));
                if (ix >= 0) d.kv[2 * ix + 1] = d.kv[2 * ix + 1].add(PyInt.ONE);
                else d.setItem(x, PyInt.ONE);
            }
            return PyNone.NONE;
        }
        PyObject get = mapping.getAttr("get");
        for (PyObject x = it.next(); x != null; x = it.next()) {
            mapping.setItem(x, get.call2(x, PyInt.ZERO).add(PyInt.ONE));
        }
        return PyNone.NONE;
    }
}
