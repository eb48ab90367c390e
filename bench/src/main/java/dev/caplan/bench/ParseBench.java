package dev.caplan.bench;

import dev.caplan.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Read + parse only, on the big generated model (10 MB or more); RatioTable turns it into MB/s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBench {
    private List<Path> big;

    @Setup
    public void setup() {
        big = List.of(Models.generated("big"));
    }

    @Benchmark
    public int parseOnly() {
        return Engine.parseOnly(big);
    }
}
