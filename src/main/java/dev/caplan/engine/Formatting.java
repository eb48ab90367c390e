package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.format.Formatter;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The route of {@code caplan fmt}: each model file read, parsed (never checked: layout does not
 * depend on names resolving) and printed in its canonical layout. A file with syntax errors is not
 * formatted: its diagnostics say why, and nothing is written.
 */
public final class Formatting {
    private static final String EXTENSION = ".caplan";

    private Formatting() {
    }

    /** One file: its text, its canonical text (null after errors), and the errors that stopped it. */
    public record FileResult(Path path, String original, String formatted, List<Diagnostic> problems) {
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
     * The model files named: files as given, every {@code .caplan} file under a folder (skipping
     * folders whose name starts with a dot, like {@code .git}); a path that is neither is an error.
     */
    public static Outcome<List<Path>> modelFiles(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(EXTENSION) && !hidden(path, p))
                            .sorted().forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    diagnostics.add(Diagnostic.error(Code.IMPORT, null, "cannot list folder " + path + ": " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no such file or directory: " + path));
            }
        }
        return new Outcome<>(files, diagnostics.all());
    }

    /** Whether a file lies in a dot-folder below the folder given (the folder itself may be {@code .}). */
    private static boolean hidden(Path root, Path file) {
        Path relative = root.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads and formats one file. */
    public static FileResult format(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed(file, null, file + " is not UTF-8 text");
        } catch (IOException e) {
            return failed(file, null, "cannot read " + IoProblems.describe(e));
        }
        Diagnostics diagnostics = new Diagnostics();
        String formatted = formatText(new SourceFile(SourceLoader.displayName(file), file, text), diagnostics);
        return new FileResult(file, text, formatted, diagnostics.all());
    }

    /** The canonical text of a file's text; null, with the syntax errors in {@code diagnostics}, when it has any. */
    public static String formatText(SourceFile file, Diagnostics diagnostics) {
        Diagnostics syntax = new Diagnostics();
        SourceUnit unit = ModelParser.parseFile(file, syntax);
        List<Diagnostic> errors = syntax.all().stream().filter(Diagnostic::isError).toList();
        errors.forEach(diagnostics::add);
        return errors.isEmpty() ? Formatter.format(unit, ModelParser.comments(file)) : null;
    }

    private static FileResult failed(Path file, String text, String message) {
        return new FileResult(file, text, null, List.of(Diagnostic.error(Code.IMPORT, null, message)));
    }

    /**
     * Replaces a file's text atomically: written next to it, given its permissions, then moved over
     * it, so an interrupted write leaves the old file whole. (The one place fmt writes; a shared
     * saver can take its place.)
     */
    public static void write(Path file, String text) throws IOException {
        Path target = file.toRealPath(); // through a symbolic link: the file it points at is replaced, the link stays
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temporary, mode);
            } catch (UnsupportedOperationException notPosix) {
                // no modes to keep on this file system
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
