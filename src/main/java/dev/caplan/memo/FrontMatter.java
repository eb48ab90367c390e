package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.output.Wording;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.List;

/**
 * What a memo says about itself between its opening {@code ---} lines: the model's folder (or
 * file), relative to the memo; optionally the scenario and the document's language. {@code lines}
 * is how many lines the front matter takes, so the body keeps the memo's line numbers.
 *
 * <pre>
 * ---
 * model: ../../models/ijsselland
 * scenario: firm
 * lang: nl
 * ---
 * </pre>
 */
record FrontMatter(String model, String scenario, String lang, int lines) {

    /** How numbers, days and periods read: Dutch for {@code lang: nl} ({@code 1.836}, {@code 1 juli 2023}), else English. */
    Wording wording() {
        return Wording.parse(lang).orElse(Wording.ENGLISH);
    }

    /** The same front matter in another language ({@code caplan render --locale nl}). */
    FrontMatter withLang(String newLang) {
        return new FrontMatter(model, scenario, newLang, lines);
    }

    private static final String FENCE = "---";

    /** Reads the front matter of {@code memo}; problems are added to {@code problems}, and null returned. */
    static FrontMatter read(SourceFile memo, List<Diagnostic> problems) {
        List<String> lines = memo.text().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            problems.add(Diagnostic.error(Code.MEMO, lineSpan(memo, 1), "a memo starts with front matter naming "
                    + "its model").withHint("begin the memo with three lines: ---, model: PATH (relative to the memo), ---"));
            return null;
        }
        String model = null;
        String scenario = null;
        String lang = "en";
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(FENCE)) {
                if (model == null) {
                    problems.add(Diagnostic.error(Code.MEMO, lineSpan(memo, 1), "the front matter names no model")
                            .withHint("add a line model: PATH, the model's folder relative to the memo"));
                    return null;
                }
                return new FrontMatter(model, scenario, lang, i + 1);
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (value.isEmpty()) {
                problems.add(Diagnostic.error(Code.MEMO, lineSpan(memo, i + 1), "'" + key + "' needs a value")
                        .withHint("write key: value, such as model: ../models/ijsselland"));
                return null;
            }
            switch (key) {
                case "model" -> model = value;
                case "scenario" -> scenario = value;
                case "lang" -> lang = value;
                default -> {
                    problems.add(Diagnostic.error(Code.MEMO, lineSpan(memo, i + 1), "unknown front matter key '"
                            + key + "'").withHint("a memo's front matter knows model, scenario and lang"));
                    return null;
                }
            }
        }
        problems.add(Diagnostic.error(Code.MEMO, lineSpan(memo, 1), "the front matter is not closed")
                .withHint("end it with a line of three dashes: ---"));
        return null;
    }

    /** The whole of a line (1-based) of the memo, for a diagnostic. */
    static Span lineSpan(SourceFile memo, int line) {
        int start = memo.lineStart(line);
        return new Span(memo, start, start + memo.lineText(line).length());
    }
}
