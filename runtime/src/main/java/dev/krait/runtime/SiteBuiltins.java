package dev.krait.runtime;

/**
 * The built-ins CPython's site module adds for interactive use: exit and quit (Quitter objects whose repr tells
 * how to leave), help, copyright, credits and license.
 */
final class SiteBuiltins extends PyObject {
    private static final PyType QUITTER = type("Quitter");
    private static final PyType PRINTER = type("_Printer");
    private static final PyType HELPER = type("_Helper");

    private final PyType type;
    private final String name;
    private final String text;

    private SiteBuiltins(PyType type, String name, String text) {
        this.type = type;
        this.name = name;
        this.text = text;
    }

    private static PyType type(String name) {
        PyType t = new PyType(name, PyType.OBJECT, SiteBuiltins.class, x -> {
            x.method("__call__", (Fn.FV) (a, k) -> ((SiteBuiltins) a[0]).invoke(a));
            x.method("__repr__", (Fn.F1) s -> PyStr.of(((SiteBuiltins) s).text));
        });
        t.module = "_sitebuiltins";
        return t;
    }

    static void install(PyDict d) {
        d.setStr("exit", new SiteBuiltins(QUITTER, "exit", "Use exit() or Ctrl-D (i.e. EOF) to exit"));
        d.setStr("quit", new SiteBuiltins(QUITTER, "quit", "Use quit() or Ctrl-D (i.e. EOF) to exit"));
        d.setStr("copyright", new SiteBuiltins(PRINTER, "copyright",
                "Krait: Copyright (c) the Krait authors.\nPython: Copyright (c) 2001-2023 Python Software Foundation."));
        d.setStr("credits", new SiteBuiltins(PRINTER, "credits",
                "Krait compiles Python to JVM bytecode; the Python language is the work of the Python community."));
        d.setStr("license", new SiteBuiltins(PRINTER, "license",
                "See the LICENSE file of Krait; Python's license: https://docs.python.org/3/license.html"));
        d.setStr("help", new SiteBuiltins(HELPER, "help",
                "Type help() for interactive help, or help(object) for help about object."));
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return text;
    }

    private PyObject invoke(PyObject[] a) {
        if (type == QUITTER) {
            Sys.flushAll();
            throw Errors.make(ExceptionTypes.SYSTEM_EXIT, a.length > 1 ? new PyObject[] {a[1]} : PyObject.EMPTY);
        }
        PyObject out = Sys.stdout();
        if (type == PRINTER) {
            out.getAttr("write").call1(PyStr.of(text + "\n"));
            return PyNone.NONE;
        }
        if (a.length < 2) {
            out.getAttr("write").call1(PyStr.of("Krait has no interactive help; help(object) prints its documentation.\n"));
            return PyNone.NONE;
        }
        PyObject obj = a[1];
        PyObject doc = obj.lookupAttr("__doc__");
        String title = obj instanceof PyType t ? "class " + t.name() : obj.type().name();
        String body = doc == null || doc == PyNone.NONE ? "(no documentation)" : doc.str();
        out.getAttr("write").call1(PyStr.of("Help on " + title + ":\n\n" + body + "\n"));
        return PyNone.NONE;
    }
}
