#!/usr/bin/env python3
"""Generates runtime/.../XxxSub.java: the Java classes of instances of Python subclasses of built-in types.

Java has no mixins, so each subclassable built-in gets the same overrides (dispatch to the Python class's
dunder when it overrides one, else the built-in's fast path). Edit this template, not the generated files:
    scripts/gen-subclasses.py
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runtime", "src", "main", "java", "dev", "krait", "runtime")
SLOTS = ["ADD:add", "SUB:sub", "MUL:mul", "TRUEDIV:truediv", "FLOORDIV:floordiv", "MOD:mod", "POW:pow", "MATMUL:matmul",
         "LSHIFT:lshift", "RSHIFT:rshift", "AND:and", "OR:or", "XOR:xor", "DIVMOD:divmod"]
# (class, Java base, Python name, constructor parameters, super call, whether the built-in defines its own __str__)
SPECS = [
    ("IntSub", "PyInt", "int", "PyInt value", "super(value.v, value.big);", False),
    ("FloatSub", "PyFloat", "float", "double value", "super(value);", False),
    ("StrSub", "PyStr", "str", "String value", "super(value);", True),
    ("BytesSub", "PyBytes", "bytes", "byte[] value", "super(value);", True),
    ("ByteArraySub", "PyByteArray", "bytearray", "", "super(new byte[0]);", True),
    ("TupleSub", "PyTuple", "tuple", "PyObject[] items", "super(items);", False),
    ("ListSub", "PyList", "list", "", "super();", False),
    ("DictSub", "PyDict", "dict", "", "super();", False),
    ("SetSub", "PySet", "set or frozenset", "boolean frozen", "super(frozen);", False),
    ("DequeSub", "PyDeque", "collections.deque", "", "super();", False),
]


def method(sig, expr):
    return f"    @Override\n    public {sig} {{\n        {expr}\n    }}\n"


def body(own_str):
    m = []
    m.append(method("String repr()", 'return over("__repr__") ? Protocol.reprSlot(this) : super.repr();'))
    if own_str:
        m.append(method("String str()", 'return over("__str__") ? Protocol.strSlot(this) : super.str();'))
    else:
        # The built-in inherits object.__str__, which calls repr(): an overridden __repr__ shows in str().
        m.append(method("String str()", 'return over("__str__") ? Protocol.strSlot(this) : over("__repr__") ? repr() : super.str();'))
    m.append(method("String format(String spec)", 'return over("__format__") ? Protocol.formatSlot(this, spec) : super.format(spec);'))
    m.append(method("long hash()", 'return over("__hash__") ? Protocol.hashSlot(this) : super.hash();'))
    m.append(method("PyObject richCompare(PyObject o, CompareOp op)", "return over(op.dunder) ? Ops.richCompare(this, o, op) : super.richCompare(o, op);"))
    m.append(method("boolean equalsPy(PyObject o)", 'return over("__eq__") ? this == o || Ops.richCompare(this, o, CompareOp.EQ).isTrue() : super.equalsPy(o);'))
    m.append(method("boolean lessThan(PyObject o)", 'return over("__lt__") ? Ops.richCompare(this, o, CompareOp.LT).isTrue() : super.lessThan(o);'))
    m.append(method("PyObject getItem(PyObject key)", 'return over("__getitem__") ? Protocol.getItemSlot(this, key) : super.getItem(key);'))
    m.append("    @Override\n    public void setItem(PyObject key, PyObject value) {\n"
             '        if (over("__setitem__")) Protocol.setItemSlot(this, key, value);\n'
             "        else super.setItem(key, value);\n    }\n")
    m.append("    @Override\n    public void delItem(PyObject key) {\n"
             '        if (over("__delitem__")) Protocol.delItemSlot(this, key);\n'
             "        else super.delItem(key);\n    }\n")
    m.append(method("int len()", 'return over("__len__") ? Protocol.lenSlot(this) : super.len();'))
    m.append(method("boolean contains(PyObject o)", 'return over("__contains__") ? Protocol.containsSlot(this, o) : super.contains(o);'))
    m.append(method("PyObject iter()", 'return over("__iter__") ? Protocol.iterSlot(this) : super.iter();'))
    m.append(method("boolean isTrue()", 'return over("__bool__") || over("__len__") ? Protocol.truth(this) : super.isTrue();'))
    m.append(method("PyObject call(PyObject[] args, String[] kwnames)", 'return over("__call__") ? Protocol.callSlot(this, args, kwnames) : super.call(args, kwnames);'))
    m.append(method("boolean isCallable()", 'return type.lookup("__call__") != null;'))
    for s in SLOTS:
        S, n = s.split(":")
        m.append(method(f"PyObject {n}(PyObject o)", f"return over(Slot.{S}.name) ? Ops.binary(this, o, Slot.{S}) : super.{n}(o);"))
        if S != "DIVMOD":
            m.append(method(f"PyObject i{n}(PyObject o)",
                            f"return over(Slot.{S}.iname) || over(Slot.{S}.name) ? Ops.inplace(this, o, Slot.{S}) : super.i{n}(o);"))
    for n, d, opn in [("neg", "__neg__", "unary -"), ("pos", "__pos__", "unary +"), ("invert", "__invert__", "unary ~"), ("abs", "__abs__", "abs()")]:
        m.append(method(f"PyObject {n}()", f'return over("{d}") ? Ops.unary(this, "{d}", "{opn}") : super.{n}();'))
    return "\n".join(m)


def main():
    for cls, base, pyname, params, sup, own_str in SPECS:
        ps = "PyType type" + (", " + params if params else "")
        src = f"""package dev.krait.runtime;

/**
 * An instance of a Python class derived from {pyname}: the built-in's data and behaviour, plus the class's
 * instance dict, and the protocol operations the class overrides in Python (seen only outside the built-in's
 * own methods, as in CPython). Generated by scripts/gen-subclasses.py: edit the template there.
 */
final class {cls} extends {base} implements SubclassInstance {{
    private final PyType type;
    private final PyDict dict;
    /** Non-zero while a built-in method of the base type runs on this object. */
    private int inBase;

    {cls}({ps}) {{
        {sup}
        this.type = type;
        this.dict = type.instancesHaveDict ? new PyDict() : null;
    }}

    @Override
    public PyType type() {{
        return type;
    }}

    @Override
    public PyDict instanceDict() {{
        return dict;
    }}

    @Override
    public void enterBase() {{
        inBase++;
    }}

    @Override
    public void exitBase() {{
        inBase--;
    }}

    private boolean over(String dunder) {{
        return inBase == 0 && type.overrides(dunder);
    }}

    @Override
    public boolean overridesNow(String dunder) {{
        return over(dunder);
    }}

{body(own_str)}}}
"""
        with open(os.path.join(OUT, cls + ".java"), "w") as f:
            f.write(src)


if __name__ == "__main__":
    main()
