package dev.krait.cli;

/**
 * The krait command for build tools (Maven's exec plugin runs it inside the build's JVM): the same arguments as
 * {@code krait}, but a failure is an exception instead of System.exit, which would end the build's JVM.
 */
public final class BuildTool {
    private BuildTool() {}

    public static void main(String[] args) {
        int status = Main.execute(args);
        if (status != 0) throw new IllegalStateException("krait " + String.join(" ", args) + " failed with status " + status);
    }
}
