package dev.krait.frontend.scope;

/** Private name mangling: {@code __x} inside class {@code C} becomes {@code _C__x}. */
public final class Mangler {
    private Mangler() {}

    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name;
        return "_" + className.substring(i) + name;
    }
}
