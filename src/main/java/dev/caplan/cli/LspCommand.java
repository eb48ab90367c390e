package dev.caplan.cli;

import dev.caplan.lsp.LanguageServerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code caplan lsp}: the language server, for editors; it speaks the protocol on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server: an editor starts it and speaks the Language Server Protocol on",
                "standard input and output (diagnostics as you type, hover, completion, definition, references,",
                "symbols, rename). Each open file is evaluated with the other .caplan files of its folder."},
        footer = {"", "Examples:",
                "  caplan lsp                     # started by an editor; see docs/editors.md",
                "Exit 0 after the editor's shutdown and exit, 1 when the editor goes away without them."})
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        return LanguageServerMain.serve(System.in, System.out);
    }
}
