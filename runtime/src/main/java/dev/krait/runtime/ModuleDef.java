package dev.krait.runtime;

/** Builds a built-in module's namespace: functions by arity and constants, all tagged with the module's name. */
final class ModuleDef {
    final PyModule module;
    private final String name;

    ModuleDef(String name) {
        this.name = name;
        this.module = new PyModule(name);
    }

    ModuleDef set(String attr, PyObject value) {
        module.dict.setStr(attr, value);
        return this;
    }

    ModuleDef fn(String attr, Fn.F0 f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    ModuleDef fn(String attr, Fn.F1 f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    ModuleDef fn(String attr, Fn.F2 f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    ModuleDef fn(String attr, Fn.F3 f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    ModuleDef fn(String attr, Fn.F4 f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    /** Any arguments (positional and keyword). */
    ModuleDef fnv(String attr, Fn.FV f) {
        return set(attr, new PyBuiltinFunction(attr, f).module(name));
    }

    /** Adds arities to a function already defined (optional arguments). */
    ModuleDef also(String attr, Fn.F0 f) {
        ((PyBuiltinFunction) module.dict.getStr(attr)).with(f);
        return this;
    }

    ModuleDef also(String attr, Fn.F1 f) {
        ((PyBuiltinFunction) module.dict.getStr(attr)).with(f);
        return this;
    }

    ModuleDef also(String attr, Fn.F2 f) {
        ((PyBuiltinFunction) module.dict.getStr(attr)).with(f);
        return this;
    }

    ModuleDef also(String attr, Fn.F3 f) {
        ((PyBuiltinFunction) module.dict.getStr(attr)).with(f);
        return this;
    }
}
