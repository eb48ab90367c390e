package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import dev.caplan.preview.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caplan serve MEMO.md [--port N] [--bind ADDR] [--scenario S]}: a memo's live preview in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a memo's live preview in the browser, rendered again when the memo or a file of its "
                + "model changes; the open page reloads itself.",
                "The page is on http://127.0.0.1:PORT/ (this computer only).",
                "A model that does not load shows its diagnostics at the top of the page, above the last good "
                        + "render. Ctrl-C stops it. Exit 64 for a bad option, 73 when the port is taken."},
        footer = {"", "Examples:",
                "  caplan serve examples/memo/memo.md                # open http://127.0.0.1:8737/",
                "  caplan serve examples/memo/memo.md --port 0       # any free port; the address is printed",
                "Only this computer can open the page; --bind ADDR serves another interface (with a warning)."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8737;

    @Parameters(index = "0", paramLabel = "MEMO", description = "The memo: a Markdown file with front matter naming its model.")
    Path memo;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "The address to serve on (default: 127.0.0.1, this computer only).")
    String bind;

    @Mixin
    ScenarioOption scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandLine commandLine = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be 0 to 65535, not " + port);
        }
        if (!Files.isRegularFile(memo)) {
            throw new CommandLine.ParameterException(commandLine, "no such memo: " + memo);
        }
        InetAddress address = address(commandLine);
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        if (!address.isLoopbackAddress()) {
            err.println("caplan: warning: serving on " + address.getHostAddress() + ": other computers that reach it "
                    + "can read the memo and its figures");
            err.flush();
        }
        LiveMemo live = new LiveMemo(memo, new Memos.Settings(Memos.Kind.HTML, scenario.scenario,
                RenderCommand.renderDate(commandLine), true));
        Preview preview;
        try {
            preview = Preview.start(live, address, port, outcome -> told(outcome, commandLine));
        } catch (BindException e) {
            err.println("caplan: cannot serve on " + address.getHostAddress() + ":" + port + ": "
                    + (e.getMessage() != null ? e.getMessage().toLowerCase(Locale.ROOT) : "address in use")
                    + "; choose another port, or --port 0 for any free one");
            err.flush();
            return ExitCodes.CANNOT_CREATE;
        }
        out.println("caplan: serving " + memo + " at " + preview.address() + " (Ctrl-C stops)");
        out.flush();
        UntilStopped.run(preview, preview::run);
        out.println("caplan: stopped serving " + memo);
        out.flush();
        return ExitCodes.OK;
    }

    private InetAddress address(CommandLine commandLine) {
        if (bind == null) {
            return InetAddress.getLoopbackAddress();
        }
        if (!bind.matches("[0-9A-Fa-f.:]+")) {
            throw new CommandLine.ParameterException(commandLine, "--bind takes an IP address, such as 127.0.0.1 "
                    + "or 0.0.0.0, not '" + bind + "'");
        }
        try {
            return InetAddress.getByName(bind); // a literal address: no name is looked up
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(commandLine, "--bind takes an IP address, not '" + bind + "'");
        }
    }

    /** A line per render: when, and its problems as the terminal shows diagnostics. */
    private static void told(Outcome<Memos.Rendered> outcome, CommandLine commandLine) {
        ModelOptions.report(outcome.diagnostics(), Invocation.of(commandLine));
        PrintWriter out = commandLine.getOut();
        String when = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        out.println(when + (outcome.value() == null ? " not rendered: the page shows why, above the last good render"
                : " rendered" + (outcome.value().problems().isEmpty() ? "" : " with " + outcome.value().problems().size()
                + " problem" + (outcome.value().problems().size() == 1 ? "" : "s") + " (shown in place)")));
        out.flush();
    }
}
