package dev.krait.runtime;

import java.nio.file.Path;

/** A PEP 420 namespace package: a directory on the path without an __init__.py. */
final class NamespacePackage extends CompiledModule {
    private final Path dir;

    NamespacePackage(Path dir) {
        this.dir = dir;
    }

    @Override
    public String file() {
        return dir.resolve("__init__.py").toString();
    }

    @Override
    public boolean isPackage() {
        return true;
    }

    @Override
    public void execute(PyModule module) {
        module.dict.setStr("__file__", PyNone.NONE);
    }
}
