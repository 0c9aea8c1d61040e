package dev.loomshowcase.jmh;

import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.workload.ArraySum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The seed's "sum a million numbers", sequential vs split into {@code parts} concurrent slices.
 *
 * <p>Expect: below some size the split costs more than it saves (forking and joining take
 * microseconds, a thousand additions take well under one); above it, with 2 carriers, the split
 * approaches 2x; with 1 carrier it never pays. The carrier count is a JVM flag, so
 * {@code scripts/jmh} runs this class twice, with {@code -Djdk.virtualThreadScheduler.parallelism}
 * 1 and the core count. {@code splitVirtual} forks virtual threads per sum (what the seed's
 * goroutines do); {@code splitPlatformPool} hands slices to platform threads started beforehand, so
 * it shows the split without any thread start-up (its threads are OS threads: the carrier count
 * does not bound them).
 *
 * <p>Run: {@code scripts/jmh} (or {@code scripts/jmh -p parts=2,4} for exercise 2's k slices).
 * Do not over-read the numbers of a shared 2-core machine: look at the error columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-preview")
public class SumBenchmark {

    @Param({"1000", "100000", "10000000"})
    int size;

    int[] numbers;

    @Setup(Level.Trial)
    public void fill() {
        numbers = ArraySum.numbers(size);
    }

    @Benchmark
    public long sequential() {
        return ArraySum.sum(numbers, 0, numbers.length);
    }

    @Benchmark
    public long splitVirtual(Split split) throws Exception {
        return ArraySum.splitSum(split.virtual, numbers, split.parts);
    }

    @Benchmark
    public long splitPlatformPool(Split split) throws Exception {
        long total = 0;
        for (Future<Long> partial : split.pool.invokeAll(ArraySum.slices(numbers, split.parts))) {
            total += partial.get();
        }
        return total;
    }

    /** The split's own settings: slice count, and the runners (built once per trial). */
    @State(Scope.Benchmark)
    public static class Split {

        @Param({"2"})
        int parts;

        TaskRunner virtual;
        ExecutorService pool;

        @Setup(Level.Trial)
        public void start() {
            virtual = ThreadModel.VIRTUAL.runner(parts);
            pool = Executors.newFixedThreadPool(parts);
        }

        @TearDown(Level.Trial)
        public void stop() {
            pool.close();
        }
    }
}
