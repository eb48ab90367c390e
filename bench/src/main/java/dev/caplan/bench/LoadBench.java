package dev.caplan.bench;

import dev.caplan.check.CheckedModel;
import dev.caplan.engine.BenchAccess;
import dev.caplan.engine.Engine;
import dev.caplan.result.ResultTable;
import dev.caplan.synth.Floor;
import dev.caplan.synth.Workloads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * Load + check + evaluate every report (what {@code caplan eval} does without printing) on the
 * national model and on models/ijsselland, against the hand-written floor on the national model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
// 8 warm-up iterations, not 4: on 2 cores the JIT was still compiling the parser after 4 (warm-up
// iterations at 530-790 ms, a measured one several times the others); see docs/performance.md
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadBench {
    private Path national;
    private Path ijsselland;
    private CheckedModel checked;

    @Setup
    public void setup() {
        national = Models.generated("national");
        ijsselland = Models.ijsselland();
        checked = BenchAccess.check(List.of(national));
    }

    /** Stage 1 of nationalLoadEvaluate: read + parse. */
    @Benchmark
    public int nationalStageParse() {
        return Engine.parseOnly(List.of(national));
    }

    /** Stages 1 + 2: read + parse + check (no evaluation). */
    @Benchmark
    public CheckedModel nationalStageParseCheck() {
        return BenchAccess.check(List.of(national));
    }

    /** Stage 3 alone: every report from the checked model with a fresh evaluator. */
    @Benchmark
    public List<ResultTable> nationalStageEvaluate() {
        return BenchAccess.freshPlan(checked).reports(null).value();
    }

    @Benchmark
    public List<ResultTable> nationalLoadEvaluate() {
        return Workloads.loadAndEvaluate(national);
    }

    @Benchmark
    public List<ResultTable> ijsselLandLoadEvaluate() {
        return Workloads.loadAndEvaluate(ijsselland);
    }

    /** The same monthly by-kind and by-region tables, by hand over primitive arrays. */
    @Benchmark
    public long[][][] nationalFloor() throws IOException {
        Floor.Segments segments = Floor.read(national);
        LocalDate first = LocalDate.of(Models.FIRST_YEAR, 1, 1);
        return new long[][][] {
            Floor.monthlyByKind(segments, first, Models.MONTHS),
            Floor.monthlyByRegion(segments, first, Models.MONTHS)};
    }
}
