package dev.krait.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line as {@code python3} reads it: options, then one of {@code -c CMD}, {@code -m MODULE}, a script
 * or {@code -}, then the program's own arguments. Parsed by hand because python3's rules (option clusters such as
 * {@code -uO}, {@code -cCMD}, everything after the program belonging to it) are not picocli's.
 */
final class PythonOptions {
    enum Mode { FILE, COMMAND, MODULE, STDIN, HELP, VERSION }

    Mode mode = Mode.STDIN;
    /** The script path, the command text or the module name, by mode. */
    String target;
    /** True when the program comes from stdin because "-" was given (sys.argv[0] is then "-", not ""). */
    boolean dashGiven;
    final List<String> args = new ArrayList<>();
    boolean optimize;
    boolean inspect;
    boolean unbuffered;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean quiet;
    boolean skipFirstLine;
    boolean dontWriteBytecode;
    final Map<String, String> xOptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();

    /** A command line python3 would refuse; the message is its first line of output. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /** Options python3 accepts that change nothing here (no bytecode files, no site module, no hash seed...). */
    private static final String NO_EFFECT = "bdsSvRP";

    static PythonOptions parse(String[] argv) throws UsageError {
        PythonOptions o = new PythonOptions();
        int i = 0;
        scan:
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("-")) {
                o.dashGiven = true;
                i++;
                break;
            }
            if (!a.startsWith("-")) break;
            i++;
            if (a.equals("--")) break;
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help" -> o.mode = Mode.HELP;
                    case "--version" -> o.mode = Mode.VERSION;
                    case "--check-hash-based-pycs" -> {
                        if (i >= argv.length) throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + a);
                }
                if (o.mode == Mode.HELP || o.mode == Mode.VERSION) return o;
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                    String value;
                    if (j + 1 < a.length()) value = a.substring(j + 1);
                    else if (i < argv.length) value = argv[i++];
                    else throw new UsageError("Argument expected for the -" + c + " option");
                    switch (c) {
                        case 'c' -> {
                            o.mode = Mode.COMMAND;
                            o.target = value;
                            break scan;
                        }
                        case 'm' -> {
                            o.mode = Mode.MODULE;
                            o.target = value;
                            break scan;
                        }
                        case 'X' -> {
                            int eq = value.indexOf('=');
                            o.xOptions.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? null : value.substring(eq + 1));
                        }
                        default -> o.warnOptions.add(value);
                    }
                    break;
                }
                switch (c) {
                    case 'h', '?' -> {
                        o.mode = Mode.HELP;
                        return o;
                    }
                    case 'V' -> {
                        o.mode = Mode.VERSION;
                        return o;
                    }
                    case 'O' -> o.optimize = true;
                    case 'i' -> o.inspect = true;
                    case 'u' -> o.unbuffered = true;
                    case 'E' -> o.ignoreEnvironment = true;
                    case 'I' -> {
                        o.isolated = true;
                        o.ignoreEnvironment = true;
                    }
                    case 'q' -> o.quiet = true;
                    case 'B' -> o.dontWriteBytecode = true;
                    case 'x' -> o.skipFirstLine = true;
                    default -> {
                        if (NO_EFFECT.indexOf(c) < 0) throw new UsageError("Unknown option: -" + c);
                    }
                }
            }
        }
        if (o.mode == Mode.STDIN && !o.dashGiven && i < argv.length) {
            o.mode = Mode.FILE;
            o.target = argv[i++];
        }
        for (; i < argv.length; i++) o.args.add(argv[i]);
        return o;
    }

    static final String USAGE = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String HELP = USAGE + "\n"
            + "       krait check|ast|run|compile ...   (see krait COMMAND -h)\n"
            + "Options (as python3 has them):\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-h     : print this help message and exit (also -? or --help)\n"
            + "-i     : inspect interactively after running script; forces a prompt even\n"
            + "         if stdin does not appear to be a terminal\n"
            + "-I     : isolate Krait from the user's environment (implies -E, and the\n"
            + "         script's directory is not put on sys.path)\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "-O     : remove assert statements and make __debug__ False\n"
            + "-q     : don't print the version message on interactive startup\n"
            + "-u     : unbuffered stdout and stderr\n"
            + "-E     : ignore the KRAITPATH environment variable\n"
            + "-W arg : warning control, kept in sys.warnoptions\n"
            + "-x     : skip the first line of the source\n"
            + "-X opt : implementation-specific option, kept in sys._xoptions:\n"
            + "         -X int_max_str_digits=N limits int/str conversions (as in CPython)\n"
            + "         -X dump-classes=DIR writes the JVM classes compiled for the program under DIR\n"
            + "-B     : don't write compiled classes of imported modules (__pycache__, ~/.cache/krait)\n"
            + "-b -d -s -S -v -R -P : accepted for compatibility with python3; no effect\n"
            + "-V     : print the version and exit (also --version)\n"
            + "file   : program read from script file\n"
            + "-      : program read from stdin (default; interactive mode if a tty)\n"
            + "arg ...: arguments passed to program in sys.argv[1:]\n"
            + "\n"
            + "Environment variables:\n"
            + "KRAITPATH : directories (separated by '" + java.io.File.pathSeparator + "') added to sys.path\n"
            + "KRAIT_JAVA_OPTS : options for the JVM, read by the ./krait launcher script\n";
}
