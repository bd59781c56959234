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
    public void setAttr(String name, PyObject value) {
        for (String f : fields) if (f.equals(name)) throw Errors.attributeError("readonly attribute");
        super.setAttr(name, value);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(type.module).append('.').append(type.name).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(fields[i]).append('=').append(items[i].repr());
        }
        return sb.append(')').toString();
    }

    private static PyType structType(String name) {
        PyType t = new PyType(name, PyTuple.TYPE, VersionInfo.class, x -> x.setConstructor((cls, a, k) -> {
            throw Errors.typeError("cannot create 'sys." + name + "' instances");
        }));
        t.module = "sys";
        return t;
    }

    private static final PyType VERSION_INFO = structType("version_info");
    private static final PyType FLOAT_INFO = structType("float_info");
    private static final PyType INT_INFO = structType("int_info");
    private static final PyType HASH_INFO = structType("hash_info");
    private static final PyType THREAD_INFO = structType("thread_info");
    private static final PyType FLAGS = structType("flags");

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

    static PyObject hashInfo() {
        return new VersionInfo(HASH_INFO, new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
            "seed_bits", "cutoff"}, new PyObject[] {PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO,
            PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO});
    }

    static PyObject threadInfo() {
        return new VersionInfo(THREAD_INFO, new String[] {"name", "lock", "version"},
                new PyObject[] {PyStr.of("pthread"), PyStr.of("semaphore"), PyNone.NONE});
    }

    /** The names of CPython 3.11's standard library modules ({@code sys.stdlib_module_names}). */
    static PyObject stdlibModuleNames() {
        String all = "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn " +
            "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc " +
            "_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm " +
            "_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq " +
            "_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode " +
            "_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio " +
            "_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl " +
            "_stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize " +
            "_tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity " +
            "argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 " +
            "cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall " +
            "concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses " +
            "datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler " +
            "fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext " +
            "glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io " +
            "ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math " +
            "mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path " +
            "numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil " +
            "platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc " +
            "pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets " +
            "select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd " +
            "sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess " +
            "sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this " +
            "threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle " +
            "turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser " +
            "winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ";
        PySet s = new PySet(true);
        for (String n : all.trim().split(" ")) s.addKey(PyStr.of(n));
        return s;
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
        Namespace ns = new Namespace();
        ns.dict.setStr("name", PyStr.of("krait"));
        ns.dict.setStr("cache_tag", PyNone.NONE);
        ns.dict.setStr("version", of(0, 1, 0, "alpha", 0));
        ns.dict.setStr("hexversion", PyInt.of(0x000100a0));
        return ns;
    }

    /** A {@code types.SimpleNamespace}-like record (sys.implementation): attributes in a dict, CPython's repr. */
    static final class Namespace extends PyObject {
        static final PyType TYPE = new PyType("SimpleNamespace", PyType.OBJECT, Namespace.class, t -> {});

        static {
            TYPE.module = "types";
        }

        final PyDict dict = new PyDict();

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("namespace(");
            PyObject it = dict.iter();
            boolean first = true;
            for (PyObject k = it.next(); k != null; k = it.next()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(k.str()).append('=').append(dict.getItem(k).repr());
            }
            return sb.append(')').toString();
        }
    }
}
