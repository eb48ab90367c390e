package dev.caplan.cli;

import dev.caplan.lsp.LanguageServerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caplan lsp}: the language server, for editors; it speaks the protocol on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server that editors start (LSP on standard input and output).",
                "It serves diagnostics as you type, hover, completion, definition, references,",
                "symbols, rename and formatting (as caplan fmt). Each open file is evaluated",
                "with the other .caplan files of its model folder."},
        footer = {"", "Examples:",
                "  caplan lsp                     # started by an editor; see docs/editors.md",
                "  caplan lsp --stdio             # the same, as some editors' clients start it",
                "Exit 0 after the editor's shutdown and exit, 1 when the editor goes away without them."})
final class LspCommand implements Callable<Integer> {

    /**
     * Standard input and output are the only transport; editors' clients (vscode-languageclient's
     * stdio transport, among others) add {@code --stdio} to say so, and it is accepted for them.
     */
    @Option(names = "--stdio", description = "Speak the protocol on standard input and output (the default and only transport; "
            + "accepted because editors' clients add it).")
    boolean stdio;

    /** The protocol counts bytes (Content-Length), so it gets the process's raw streams, not picocli's writers. */
    @Override
    public Integer call() throws InterruptedException {
        return LanguageServerMain.serve(System.in, System.out);
    }
}
