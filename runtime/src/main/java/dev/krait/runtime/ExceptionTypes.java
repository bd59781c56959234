package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in exception classes, with CPython's names and hierarchy. */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** Every built-in exception and warning type by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    private static PyType def(String name, PyType base) {
        PyType t = new PyType(name, base, PyBaseException.class, base == PyType.OBJECT ? ExceptionMethods::setupBase
                : ExceptionMethods::setupSub);
        t.setConstructor(ExceptionMethods::construct);
        ALL.put(name, t);
        return t;
    }

    /** An exception type of a built-in module (zlib.error...): not a builtins name. */
    static PyType moduleError(String module, String name, PyType base) {
        PyType t = new PyType(name, base, PyBaseException.class, ExceptionMethods::setupSub);
        t.setConstructor(ExceptionMethods::construct);
        t.module = module;
        return t;
    }

    public static final PyType BASE_EXCEPTION = def("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = def("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = def("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = def("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = def("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = def("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = def("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = def("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = def("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = def("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = def("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = def("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = def("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = def("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = def("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = def("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = def("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = def("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = def("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = def("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = def("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = def("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = def("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = def("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = def("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = def("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = def("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = def("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = def("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = def("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = def("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = def("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = def("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = def("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = def("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = def("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = def("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = def("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = def("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = def("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = def("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = def("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = def("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = def("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = def("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = def("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = def("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = def("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = def("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = def("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = def("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = def("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = def("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = def("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = def("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = def("PendingDeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = def("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = def("SyntaxWarning", WARNING);
    public static final PyType USER_WARNING = def("UserWarning", WARNING);
    public static final PyType FUTURE_WARNING = def("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = def("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = def("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = def("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = def("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = def("EncodingWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = def("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = newGroup();

    private static PyType newGroup() {
        PyType t = new PyType("ExceptionGroup", BASE_EXCEPTION_GROUP, PyBaseException.class, ExceptionMethods::setupSub);
        // ExceptionGroup also derives from Exception: give it CPython's MRO.
        t.bases = new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION};
        t.mro = new PyType[] {t, BASE_EXCEPTION_GROUP, EXCEPTION, BASE_EXCEPTION, PyType.OBJECT};
        t.setConstructor(ExceptionMethods::construct);
        ALL.put("ExceptionGroup", t);
        return t;
    }

    /** errno values that select an OSError subclass, as CPython's OSError constructor does. */
    static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return BLOCKING_IO_ERROR;
            case 10: return CHILD_PROCESS_ERROR;
            case 32: case 108: return BROKEN_PIPE_ERROR;
            case 103: return CONNECTION_ABORTED_ERROR;
            case 111: return CONNECTION_REFUSED_ERROR;
            case 104: return CONNECTION_RESET_ERROR;
            case 17: return FILE_EXISTS_ERROR;
            case 2: return FILE_NOT_FOUND_ERROR;
            case 4: return INTERRUPTED_ERROR;
            case 21: return IS_A_DIRECTORY_ERROR;
            case 20: return NOT_A_DIRECTORY_ERROR;
            case 1: case 13: return PERMISSION_ERROR;
            case 3: return PROCESS_LOOKUP_ERROR;
            case 110: return TIMEOUT_ERROR;
            default: return null;
        }
    }
}
