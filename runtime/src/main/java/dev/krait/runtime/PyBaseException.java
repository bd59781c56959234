package dev.krait.runtime;

/** A Python exception instance (of BaseException or any subclass, built-in or user-defined). */
public class PyBaseException extends PyObject {
    PyType type;
    public PyTuple args;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;
    public Traceback traceback;
    /** For a NameError: the globals of the code that raised it (candidates for "Did you mean"). */
    PyDict suggestionGlobals;
    /** Set while an AttributeError from a method call's lookup has not reached its first frame yet. */
    boolean failedLookup;
    PyDict dict;
    private PyException java;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The throwable that carries this exception (one per exception object). */
    public PyException toJava() {
        PyException e = java;
        if (e == null) {
            e = new PyException(this);
            java = e;
        }
        return e;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** An attribute stored in the instance dict by the built-in __init__ (errno, value, code, ...). */
    public PyObject attr(String name) {
        PyObject v = dict == null ? null : dict.getStr(name);
        return v == null ? PyNone.NONE : v;
    }

    void setAttrValue(String name, PyObject v) {
        instanceDict().setStr(name, v);
    }

    /** str() of a built-in exception: "", str(arg) or str(args). */
    String builtinStr() {
        if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR) && args.size() == 1) return args.get(0).repr();
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            PyObject errno = attr("errno");
            PyObject strerror = attr("strerror");
            PyObject filename = attr("filename");
            if (errno != PyNone.NONE && strerror != PyNone.NONE) {
                if (filename != PyNone.NONE) {
                    PyObject filename2 = attr("filename2");
                    if (filename2 != PyNone.NONE) {
                        return "[Errno " + errno.str() + "] " + strerror.str() + ": " + filename.repr() + " -> " + filename2.repr();
                    }
                    return "[Errno " + errno.str() + "] " + strerror.str() + ": " + filename.repr();
                }
                return "[Errno " + errno.str() + "] " + strerror.str();
            }
        }
        if ((type.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR) || type.isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR))
                && args.size() == 5) {
            return unicodeErrorStr();
        }
        if (type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) return syntaxErrorStr();
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() >= 2) {
            int n = args.get(1).len();
            return args.get(0).str() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        switch (args.size()) {
            case 0: return "";
            case 1: return args.get(0).str();
            default: return args.repr();
        }
    }

    /** "msg (file, line N)" with the file's base name, as CPython's SyntaxError.__str__. */
    private String syntaxErrorStr() {
        PyObject msg = dict == null ? null : dict.getStr("msg");
        String text = (msg == null ? PyNone.NONE : msg).str();
        PyObject file = dict == null ? null : dict.getStr("filename");
        PyObject line = dict == null ? null : dict.getStr("lineno");
        String base = null;
        if (file instanceof PyStr fs) {
            String v = fs.value();
            base = v.substring(v.lastIndexOf('/') + 1);
        }
        boolean hasLine = line != null && line.type() == PyInt.TYPE;
        if (base != null && hasLine) return text + " (" + base + ", line " + line.str() + ")";
        if (base != null) return text + " (" + base + ")";
        if (hasLine) return text + " (line " + line.str() + ")";
        return text;
    }

    private String unicodeErrorStr() {
        String enc = attr("encoding").str();
        long start = Protocol.index(attr("start"));
        long end = Protocol.index(attr("end"));
        String reason = attr("reason").str();
        PyObject obj = attr("object");
        if (type.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)) {
            if (end == start + 1) {
                int b = PyBytes.bytesOf(obj)[(int) start] & 0xff;
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b, start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
        }
        if (end == start + 1) {
            String s = obj.str();
            int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
            String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                    : String.format("\\U%08x", cp);
            return String.format("'%s' codec can't encode character '%s' in position %d: %s", enc, esc, start, reason);
        }
        return String.format("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end - 1, reason);
    }

    String builtinRepr() {
        String n = type.name;
        if (args.size() == 1) return n + "(" + args.get(0).repr() + ")";
        return n + args.repr();
    }

    @Override
    public String str() {
        if (type.isBuiltin()) return builtinStr();
        return Protocol.strSlot(this);
    }

    @Override
    public String repr() {
        if (type.isBuiltin()) return builtinRepr();
        return Protocol.reprSlot(this);
    }

    @Override
    public long hash() {
        if (type.isBuiltin()) return Protocol.identityHash(this);
        return Protocol.hashSlot(this);
    }
}
