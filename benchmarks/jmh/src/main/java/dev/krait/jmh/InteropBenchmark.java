package dev.krait.jmh;

import dev.krait.embed.PythonObject;
import dev.krait.embed.PythonRuntime;
import java.util.concurrent.TimeUnit;
import krait.facade.Interop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of crossing the Java/Python boundary (issue 8's targets): a typed facade call (under 20 ns), a call
 * through the embedding API (under 100 ns), and a Java static method called from compiled Python (under 30 ns,
 * measured as the difference between a Python loop calling Math.max and the same loop calling a Python function).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InteropBenchmark {
    static final int LOOP = 10_000;

    PythonRuntime runtime;
    PythonObject add;
    long a = 20;
    long b = 22;

    @Setup(Level.Trial)
    public void setUp() {
        runtime = PythonRuntime.create();
        add = runtime.importModule("interop").getObject("add");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }

    /** A typed facade: Interop.add(long, long) -> long, converting at the boundary and checking the result type. */
    @Benchmark
    public long facadeCall() {
        return Interop.add(a, b);
    }

    /** The embedding API: PythonObject.call with boxed arguments, the result converted back to a Java Long. */
    @Benchmark
    public Object embeddingCall() {
        return add.call(a, b);
    }

    /** Python calling java.lang.Math.max(long, long), per call (compare with pythonCallLoop). */
    @Benchmark
    @OperationsPerInvocation(LOOP)
    public long javaFromPythonLoop() {
        return Interop.java_max_loop(LOOP);
    }

    /** The same Python loop calling a Python function instead: the loop's own cost per iteration. */
    @Benchmark
    @OperationsPerInvocation(LOOP)
    public long pythonCallLoop() {
        return Interop.py_max_loop(LOOP);
    }
}
