package dev.krait.codegen;

import java.util.Map;

/** The classes compiled from one module: JVM internal name to class file bytes, and the module class's name. */
public record CompiledUnit(String moduleName, String mainClass, Map<String, byte[]> classes) {}
