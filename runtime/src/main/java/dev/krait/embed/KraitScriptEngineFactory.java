package dev.krait.embed;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * JSR-223 factory: {@code new ScriptEngineManager().getEngineByName("python")} (or {@code "krait"},
 * {@code "python3"}, extension {@code "py"}) gives a {@link KraitScriptEngine}. Registered through
 * {@code META-INF/services/javax.script.ScriptEngineFactory}; evaluating source text needs Krait's compiler
 * (the {@code krait-codegen} artifact) on the class path.
 */
public final class KraitScriptEngineFactory implements ScriptEngineFactory {
    static final String VERSION = "0.1.0";

    @Override
    public String getEngineName() {
        return "Krait";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/x-python3");
    }

    @Override
    public List<String> getNames() {
        return List.of("python", "krait", "python3", "Python");
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "python";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null; // "THREADING": null, an engine is not safe for concurrent use
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + toDisplay + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new KraitScriptEngine(this);
    }
}
