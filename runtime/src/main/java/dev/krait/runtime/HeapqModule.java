package dev.krait.runtime;

/**
 * {@code _heapq}: heap operations on a list, in Java as CPython has them in C. The same algorithms as the
 * library's heapq.py (bottom-up deletion), so items that compare equal keep CPython's order.
 */
final class HeapqModule {
    private HeapqModule() {}

    static PyModule create() {
        return new ModuleDef("_heapq")
                .fn("heappush", (Fn.F2) (h, item) -> {
                    PyList heap = list(h);
                    heap.append(item);
                    bubbleUp(heap, 0, heap.size - 1);
                    return PyNone.NONE;
                })
                .fn("heappop", (Fn.F1) h -> {
                    PyList heap = list(h);
                    if (heap.size == 0) throw Errors.make(ExceptionTypes.INDEX_ERROR, "index out of range");
                    PyObject last = heap.items[heap.size - 1];
                    heap.items[--heap.size] = null;
                    if (heap.size == 0) return last;
                    PyObject top = heap.items[0];
                    heap.items[0] = last;
                    fillHole(heap, 0);
                    return top;
                })
                .fn("heapreplace", (Fn.F2) (h, item) -> {
                    PyList heap = list(h);
                    if (heap.size == 0) throw Errors.make(ExceptionTypes.INDEX_ERROR, "index out of range");
                    PyObject top = heap.items[0];
                    heap.items[0] = item;
                    fillHole(heap, 0);
                    return top;
                })
                .fn("heappushpop", (Fn.F2) (h, item) -> {
                    PyList heap = list(h);
                    if (heap.size == 0 || !heap.items[0].lessThan(item)) return item;
                    PyObject top = heap.items[0];
                    heap.items[0] = item;
                    fillHole(heap, 0);
                    return top;
                })
                .fn("heapify", (Fn.F1) h -> {
                    PyList heap = list(h);
                    for (int i = heap.size / 2 - 1; i >= 0; i--) fillHole(heap, i);
                    return PyNone.NONE;
                })
                .module;
    }

    private static PyList list(PyObject h) {
        if (!(h instanceof PyList l)) throw Errors.typeError("heap argument must be a list");
        return l;
    }

    private static void bubbleUp(PyList heap, int top, int pos) {
        PyObject[] a = heap.items;
        PyObject item = a[pos];
        while (pos > top) {
            int parent = (pos - 1) >> 1;
            PyObject p = a[parent];
            if (!item.lessThan(p)) break;
            a[pos] = p;
            pos = parent;
        }
        a[pos] = item;
    }

    private static void fillHole(PyList heap, int pos) {
        PyObject[] a = heap.items;
        int end = heap.size;
        int top = pos;
        PyObject item = a[pos];
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !a[child].lessThan(a[right])) child = right;
            a[pos] = a[child];
            pos = child;
            child = 2 * pos + 1;
        }
        a[pos] = item;
        bubbleUp(heap, top, pos);
    }
}
