package dev.krait.runtime;

/** print() and input(). */
final class BuiltinIO {
    private BuiltinIO() {}

    static PyObject print(PyObject[] a, String[] k) {
        Finalizers.beforeOutput();
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[npos + i];
            switch (k[i]) {
                case "sep":
                    if (v != PyNone.NONE && !(v instanceof PyStr)) {
                        throw Errors.typeError("sep must be None or a string, not " + v.type().name);
                    }
                    if (v != PyNone.NONE) sep = v.str();
                    break;
                case "end":
                    if (v != PyNone.NONE && !(v instanceof PyStr)) {
                        throw Errors.typeError("end must be None or a string, not " + v.type().name);
                    }
                    if (v != PyNone.NONE) end = v.str();
                    break;
                case "file": file = v; break;
                case "flush": flush = v.isTrue(); break;
                default: throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PyNone.NONE) {
            file = Sys.stdout();
            if (file == PyNone.NONE) return PyNone.NONE;
        }
        if (file instanceof StdStream s) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) sb.append(sep);
                sb.append(a[i].str());
            }
            sb.append(end);
            s.write(sb.toString());
            if (flush) s.flush();
            return PyNone.NONE;
        }
        PyObject write = file.getAttr("write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) write.call1(PyStr.of(sep));
            write.call1(PyStr.of(a[i].str()));
        }
        write.call1(PyStr.of(end));
        if (flush) file.getAttr("flush").call0();
        return PyNone.NONE;
    }

    static PyObject input(PyObject prompt) {
        PyObject out = Sys.stdout();
        if (prompt != null) {
            if (out instanceof StdStream s) {
                s.write(prompt.str());
                s.flush();
            } else if (out != PyNone.NONE) {
                out.getAttr("write").call1(PyStr.of(prompt.str()));
            }
        } else if (out instanceof StdStream s) {
            s.flush();
        }
        PyObject in = Sys.stdin();
        String line;
        if (in instanceof StdStream s) {
            line = s.readline();
        } else {
            line = in.getAttr("readline").call0().str();
        }
        if (line.isEmpty()) throw Errors.make(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        return PyStr.of(line);
    }
}
