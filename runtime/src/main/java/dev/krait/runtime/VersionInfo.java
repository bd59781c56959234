package dev.krait.runtime;

/** Named-tuple-like records of sys: version_info, float_info, int_info, implementation, flags. */
final class VersionInfo extends PyTuple {
    private final PyType type;
    private final String[] fields;

    private String[] extraNames = new String[0];
    private PyObject[] extraValues = PyObject.EMPTY;

    private VersionInfo(PyType type, String[] fields, PyObject[] values) {
        super(values);
        this.type = type;
        this.fields = fields;
    }

    /** A struct sequence of another module (os.stat_result...): tuple fields, then attributes outside the tuple. */
    static PyObject record(PyType type, String[] fields, PyObject[] values, String[] extraNames, PyObject[] extraValues) {
        VersionInfo r = new VersionInfo(type, fields, values);
        r.extraNames = extraNames;
        r.extraValues = extraValues;
        return r;
    }

    /** The type of such records, e.g. ("os", "stat_result"). */
    static PyType recordType(String module, String name) {
        PyType t = new PyType(name, PyTuple.TYPE, VersionInfo.class, x -> {});
        t.module = module;
        return t;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject lookupAttr(String name) {
        // Extra attributes first: os.stat_result's st_mtime is a float attribute over an int tuple field.
        for (int i = 0; i < extraNames.length; i++) if (extraNames[i].equals(name)) return extraValues[i];
        for (int i = 0; i < fields.length; i++) if (fields[i].equals(name)) return items[i];
        return super.lookupAttr(name);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(type.module != null && !type.module.equals("sys") ? type.module + "." + type.name : type.name).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(fields[i]).append('=').append(items[i].repr());
        }
        return sb.append(')').toString();
    }

    private static PyType structType(String name) {
        PyType t = new PyType(name, PyTuple.TYPE, VersionInfo.class, x -> {});
        t.module = "sys";
        return t;
    }

    private static final PyType VERSION_INFO = structType("sys.version_info");
    private static final PyType FLOAT_INFO = structType("sys.float_info");
    private static final PyType INT_INFO = structType("sys.int_info");
    private static final PyType FLAGS = structType("sys.flags");

    static PyObject of(int major, int minor, int micro, String level, int serial) {
        return new VersionInfo(VERSION_INFO, new String[] {"major", "minor", "micro", "releaselevel", "serial"},
                new PyObject[] {PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level), PyInt.of(serial)});
    }

    static PyObject floatInfo() {
        return new VersionInfo(FLOAT_INFO, new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                "dig", "mant_dig", "epsilon", "radix", "rounds"}, new PyObject[] {new PyFloat(Double.MAX_VALUE),
                PyInt.of(1024), PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)});
    }

    static PyObject intInfo() {
        return new VersionInfo(INT_INFO, new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold"}, new PyObject[] {PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)});
    }

    static PyObject flags() {
        String[] names = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
        PyObject[] vals = new PyObject[names.length];
        for (int i = 0; i < vals.length; i++) vals[i] = PyInt.ZERO;
        vals[4] = PyInt.ONE;
        vals[11] = PyInt.ONE;
        vals[17] = PyInt.of(-1);
        return new VersionInfo(FLAGS, names, vals);
    }

    static PyObject implementation() {
        PyModule ns = new PyModule("implementation");
        ns.dict.setStr("name", PyStr.of("krait"));
        ns.dict.setStr("cache_tag", PyNone.NONE);
        ns.dict.setStr("version", of(0, 1, 0, "alpha", 0));
        ns.dict.setStr("hexversion", PyInt.of(0x000100a0));
        return ns;
    }
}
