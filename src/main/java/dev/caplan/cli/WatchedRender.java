package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import dev.caplan.preview.MemoWatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine;

/**
 * {@code caplan render --watch MEMO -o FILE}: the memo written to FILE, then again after each change
 * to it or its model, until Ctrl-C. A render that fails leaves FILE as it was (the last good one)
 * and prints why.
 */
final class WatchedRender {

    private WatchedRender() {
    }

    static int run(Path memo, Path output, Memos.Settings settings, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        try (MemoWatch watch = new MemoWatch(new LiveMemo(memo, settings, Memos.chartPrefix(output)))) {
            out.println("caplan: watching " + memo + " and its model; writing " + output + " (Ctrl-C stops)");
            out.flush();
            UntilStopped.run(watch, () -> watch.run(outcome -> written(outcome, output, commandLine)));
        } catch (IOException e) {
            commandLine.getErr().println("caplan: cannot watch " + memo + ": " + e.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.CANNOT_CREATE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("caplan: stopped watching " + memo);
        out.flush();
        return ExitCodes.OK;
    }

    private static void written(Outcome<Memos.Rendered> outcome, Path output, CommandLine commandLine) {
        ModelOptions.report(outcome.diagnostics(), Invocation.of(commandLine));
        String when = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        PrintWriter out = commandLine.getOut();
        if (outcome.value() == null) {
            out.println(when + " not rendered; " + output + " keeps the last good render");
        } else if (RenderCommand.write(output, outcome.value(), commandLine)) {
            out.println(when + " wrote " + output);
        }
        out.flush();
    }
}
