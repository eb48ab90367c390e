package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.format.Formatter;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The route of {@code caplan fmt}: each model file read, parsed (never checked: layout does not
 * depend on names resolving) and printed in its canonical layout. A file with syntax errors is not
 * formatted: its diagnostics say why, and nothing is written.
 */
public final class Formatting {
    private Formatting() {
    }

    /** One file: its text, its canonical text (null after errors), and the errors that stopped it. */
    public record FileResult(Path path, String original, String formatted, List<Diagnostic> problems,
            boolean byteOrderMark) {
        public FileResult {
            problems = List.copyOf(problems);
        }

        /** Whether formatting would change the file (false after errors: nothing would be written). */
        public boolean changes() {
            return formatted != null && !formatted.equals(original);
        }

        /** The change as a unified diff, as {@code git diff} shows it; empty when nothing changes. */
        public String diff() {
            return changes() ? TextDiff.unified(displayName(), original, formatted) : "";
        }

        /** The name the user knows the file by, relative to the working directory. */
        public String displayName() {
            return SourceLoader.displayName(path);
        }
    }

    /**
     * The model files named: files as given, every {@code .caplan} file under a folder as a load
     * finds them ({@link ModelTree}: names starting with a dot, like {@code .git}, skipped); a path
     * that is neither is an error.
     */
    public static Outcome<List<Path>> modelFiles(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                ModelTree tree = ModelTree.under(path); // the files a load reads: no dot-files, no linked folders
                tree.entries().stream().filter(Files::isRegularFile).forEach(files::add);
                tree.problems().forEach(problem -> diagnostics.add(Diagnostic.error(Code.IMPORT, null, problem)));
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                files.add(path); // a device, pipe or dangling link is refused with its reason when read
            } else {
                diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no such file or directory: " + path));
            }
        }
        return new Outcome<>(files, diagnostics.all());
    }

    /**
     * Reads and formats one file, read as a load reads a file named on the command line
     * ({@link SafeReader}: a regular file within the file limit, UTF-8 with or without a byte-order
     * mark, bytes that are not UTF-8 an error at their line and column).
     */
    public static FileResult format(Path file) {
        SafeReader reader = new SafeReader(FileLimits.DEFAULT);
        SafeReader.Read read = reader.resolve(file, null, null, null);
        if (read instanceof SafeReader.Read.Located located) {
            read = reader.read(located.real(), file, null);
        }
        if (!(read instanceof SafeReader.Read.Text text)) {
            return new FileResult(file, null, null, List.of(((SafeReader.Read.Refused) read).problem()), false);
        }
        Diagnostics diagnostics = new Diagnostics();
        String original = text.text().text();
        String formatted = formatText(new SourceFile(SourceLoader.displayName(file), file, original,
                text.text().byteOrderMark()), diagnostics);
        return new FileResult(file, original, formatted, diagnostics.all(), text.text().byteOrderMark());
    }

    /** The canonical text of a file's text; null, with the syntax errors in {@code diagnostics}, when it has any. */
    public static String formatText(SourceFile file, Diagnostics diagnostics) {
        Diagnostics syntax = new Diagnostics();
        SourceUnit unit = ModelParser.parseFile(file, syntax);
        List<Diagnostic> errors = syntax.all().stream().filter(Diagnostic::isError).toList();
        errors.forEach(diagnostics::add);
        return errors.isEmpty() ? Formatter.format(unit, ModelParser.comments(file)) : null;
    }

    /**
     * Replaces a file's text as a REPL save does ({@link FileSaver}): written and synced beside it,
     * with its mode, owner and group, then renamed over it; through a symbolic link to the file it
     * names; a read-only file is refused with the reason. A byte-order mark the file had is kept.
     */
    public static void write(FileResult result) throws IOException {
        FileSaver.save(List.of(new FileSaver.Change(result.path(), SourceFile.encode(result.formatted(),
                result.byteOrderMark()))), result.path().toAbsolutePath().getParent());
    }
}
