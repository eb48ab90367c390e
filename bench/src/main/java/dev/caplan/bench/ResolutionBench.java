package dev.caplan.bench;

import dev.caplan.check.CheckedModel;
import dev.caplan.engine.BenchAccess;
import dev.caplan.engine.Engine;
import dev.caplan.engine.Plan;
import dev.caplan.result.ResultTable;
import dev.caplan.synth.Workloads;
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
 * {@code capacity by kind} over the national model's ten years, daily (3,653 columns) against
 * monthly (120 columns). "cold": a fresh evaluator per call, as one {@code caplan query} does;
 * "warm": one plan whose location series are already computed, so only the selection sum and
 * the column layout are timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1) // the first seconds of a fork are still compiling (docs/performance.md)
@Measurement(iterations = 5, time = 1)
public class ResolutionBench {
    private CheckedModel checked;
    private Plan warm;

    @Setup
    public void setup() {
        List<java.nio.file.Path> paths = List.of(Models.generated("national"));
        checked = BenchAccess.check(paths);
        warm = Engine.load(paths).value();
        Workloads.byKind(warm, Models.FIRST_YEAR, Models.YEARS, false);
        // A collection after loading, so the rows measure evaluation and not where the allocator
        // happened to leave the model: without it, whether a collection fell during the load
        // (which moves the model's long-lived objects together) made the warm monthly row 2.5 to 3
        // times slower from one build to the next, a parser change that allocates less being enough
        // (docs/performance.md, "Latest quiet run").
        System.gc();
    }

    @Benchmark
    public ResultTable dailyCold() {
        return Workloads.byKind(BenchAccess.freshPlan(checked), Models.FIRST_YEAR, Models.YEARS, true);
    }

    @Benchmark
    public ResultTable monthlyCold() {
        return Workloads.byKind(BenchAccess.freshPlan(checked), Models.FIRST_YEAR, Models.YEARS, false);
    }

    @Benchmark
    public ResultTable dailyWarm() {
        return Workloads.byKind(warm, Models.FIRST_YEAR, Models.YEARS, true);
    }

    @Benchmark
    public ResultTable monthlyWarm() {
        return Workloads.byKind(warm, Models.FIRST_YEAR, Models.YEARS, false);
    }
}
