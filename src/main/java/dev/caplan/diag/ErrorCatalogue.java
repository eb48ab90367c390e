package dev.caplan.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The error catalogue, {@code docs/errors.md}, as the jar carries it: one section per code, each
 * headed {@code ## E-CODE}. A test generates the file from {@link Code}, {@link CodeHelp} and the
 * golden error cases and fails when it differs, so what {@code caplan explain-code} prints is what
 * the docs say.
 */
public final class ErrorCatalogue {

    /** Where the build puts docs/errors.md (pom.xml), beside this class. */
    private static final String RESOURCE = "errors.md";

    private ErrorCatalogue() {
    }

    /** The code a user typed, in any case ({@code e-syntax} is {@code E-SYNTAX}); empty for no code. */
    public static Optional<Code> code(String typed) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Code.values()).filter(code -> code.id().equals(wanted)).findFirst();
    }

    /** "did you mean 'E-SYNTAX'?" for a code mistyped, or null when none is close. */
    public static String didYouMean(String typed) {
        return NameHints.didYouMean(typed.strip().toUpperCase(Locale.ROOT),
                Arrays.stream(Code.values()).map(Code::id).toList());
    }

    /** The code's section as plain text for a terminal; empty when the catalogue has none (a build without it). */
    public static Optional<String> section(Code code) {
        return markdownSection(catalogue(), code).map(ErrorCatalogue::plainText);
    }

    /** The lines of {@code markdown} from the heading {@code ## CODE} up to the next heading of that level. */
    static Optional<List<String>> markdownSection(String markdown, Code code) {
        List<String> lines = markdown.lines().toList();
        int start = lines.indexOf("## " + code.id());
        if (start < 0) {
            return Optional.empty();
        }
        int end = start + 1;
        boolean fenced = false;
        while (end < lines.size() && (fenced || !lines.get(end).startsWith("## "))) {
            fenced ^= lines.get(end).startsWith("```");
            end++;
        }
        return Optional.of(lines.subList(start, end));
    }

    /**
     * Markdown as a terminal shows it: the heading without its hashes, bold and code marks dropped
     * outside code blocks, code blocks indented by four spaces without their fences; blank lines at
     * the end trimmed.
     */
    static String plainText(List<String> section) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : section) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                out.add(line.isEmpty() ? "" : "    " + line);
            } else if (line.startsWith("#")) {
                out.add(line.replaceFirst("^#+ ", ""));
            } else {
                out.add(line.replace("**", "").replace("`", ""));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    private static String catalogue() {
        try (InputStream in = ErrorCatalogue.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
