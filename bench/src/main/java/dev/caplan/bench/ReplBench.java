package dev.caplan.bench;

import dev.caplan.engine.BenchAccess;
import dev.caplan.engine.Reply;
import dev.caplan.engine.Session;
import dev.caplan.result.ResultTable;
import dev.caplan.synth.Workloads;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The REPL path on the national model: one capacity-line tweak in an open session (the session
 * reloads the edited texts and recomputes only what depends on the change) against a full
 * re-evaluation (parse + check the same in-memory texts, evaluate every report with a new
 * evaluator): what a tool without incremental recompute would do after an edit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class ReplBench {
    /** The location tweaked; alternating places so every tweak is a real change. */
    private static final int LOCATION = 4242;

    private Path national;
    private List<Path> paths;
    private Map<Path, String> texts;
    private Session session;
    private int calls;

    @Setup(Level.Trial)
    public void setup() {
        national = Models.generated("national");
        paths = List.of(national);
        texts = BenchAccess.texts(national);
    }

    /** A new session per iteration, so the undo stack does not grow without bound; untimed. */
    @Setup(Level.Iteration)
    public void openSession() {
        session = Session.open(paths).value();
        if (session == null) {
            throw new IllegalStateException("the national model does not open");
        }
        Reply first = Workloads.tweak(session, LOCATION, 111);
        if (first.hasErrors() || !first.text().contains("recomputed")) {
            throw new IllegalStateException("tweak failed: " + first.text() + first.diagnostics());
        }
        calls = 1;
    }

    @Benchmark
    public Reply tweak() {
        Reply reply = Workloads.tweak(session, LOCATION, (calls++ & 1) == 0 ? 111 : 222);
        if (reply.hasErrors()) {
            throw new IllegalStateException(reply.diagnostics().toString());
        }
        return reply;
    }

    @Benchmark
    public List<ResultTable> fullReevaluation() {
        return BenchAccess.reloadAndEvaluateAll(paths, texts);
    }
}
