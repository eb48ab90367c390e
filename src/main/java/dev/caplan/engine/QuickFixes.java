package dev.caplan.engine;

import dev.caplan.ast.Keywords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The obvious fixes of a diagnostic, as edits of the file's text: the name a "did you mean" hint
 * names; a hyphenated name quoted ({@code Olst-Wijhe} → {@code "Olst-Wijhe"}), and a name of
 * several bare words quoted where the parser stopped at its second word ({@code location ROL
 * Zwolle in} → {@code "ROL Zwolle"}); a date in ISO spelling, where the diagnostic's hint gives it
 * (a day-first date, read as Dutch documents write it) or where the year comes first and only the
 * zeros are missing ({@code 2023-7-1} → {@code 2023-07-01}). A fix is offered only when the text at
 * the diagnostic's place is what the fix expects, so an edit never lands on other text.
 */
public final class QuickFixes {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("^did you mean '([^'\\n]+)'\\?");
    private static final Pattern HYPHENATED = Pattern.compile("names with a hyphen are quoted: \"([^\"\\n]+)\"");
    private static final Pattern DATE_HINT = Pattern.compile("dates are written YYYY-MM-DD: (\\d{4})-(\\d{2})-(\\d{2})");
    /** A day-first date or one with slashes, as {@code DayFirstDate} reads it. */
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}([-/])\\d{1,2}\\1\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2}");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UNEXPECTED_NAME = Pattern.compile("^unexpected name '([^'\\n]+)'");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+([\\p{L}_][\\p{L}\\p{M}\\p{N}_]*)");
    private static final Pattern BARE_WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{N}_]*");

    private QuickFixes() {
    }

    /** One fix: replace {@code start .. end} of the file's text with {@code newText}. */
    public record QuickFix(String title, int start, int end, String newText, boolean preferred) {
    }

    /**
     * The fixes of a diagnostic with {@code code} (its id, {@code E-UNKNOWN-NAME}), {@code message},
     * {@code hint} (null for none) at {@code start .. end} of {@code text}.
     */
    public static List<QuickFix> of(String code, String message, String hint, String text, int start, int end) {
        List<QuickFix> fixes = new ArrayList<>();
        if (start < 0 || end > text.length() || start > end) {
            return fixes;
        }
        String hinted = hint == null ? "" : hint;
        Matcher meant = DID_YOU_MEAN.matcher(hinted);
        if (meant.find() && end > start && !code.equals("E-USAGE")) {
            String written = Session.asWritten(meant.group(1));
            fixes.add(new QuickFix("Change to " + written, start, end, written, true));
        }
        Matcher hyphen = HYPHENATED.matcher(hinted);
        if (hyphen.find() && text.startsWith(hyphen.group(1), start)) {
            String name = hyphen.group(1);
            fixes.add(new QuickFix("Quote the name: \"" + name + "\"", start, start + name.length(), "\"" + name + "\"", true));
        }
        Matcher dateHint = DATE_HINT.matcher(hinted);
        Matcher dayFirst = DAY_FIRST.matcher(text).region(start, text.length());
        if (dateHint.find() && dayFirst.lookingAt()) {
            date(dateHint.group(1), dateHint.group(2), dateHint.group(3)).ifPresent(iso -> fixes.add(
                    new QuickFix("Write the date as " + iso + " (read day first)", start, dayFirst.end(), iso, true)));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text).region(start, end);
        if (code.equals("E-BAD-DATE") && yearFirst.matches()) {
            date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3))
                    .filter(iso -> !iso.equals(text.substring(start, end)))
                    .ifPresent(iso -> fixes.add(new QuickFix("Write the date as " + iso, start, end, iso, true)));
        }
        Matcher unexpected = UNEXPECTED_NAME.matcher(message == null ? "" : message);
        if (code.equals("E-SYNTAX") && unexpected.find()) {
            spacedName(text, start, end).ifPresent(fixes::add);
        }
        return fixes;
    }

    /** A real date in ISO spelling, or empty ({@code 2023-02-30} is none). */
    private static Optional<String> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The bare word before {@code start} on the same line, the bare word at {@code start .. end}, and
     * the bare words after it up to the first keyword or other token, quoted as one name: the parser
     * stops at a name's second word, since bare names are one word.
     */
    private static Optional<QuickFix> spacedName(String text, int start, int end) {
        Set<String> keywords = new HashSet<>(Keywords.ALL);
        keywords.addAll(EditorFacts.declarationWords());
        keywords.add("area");
        if (!BARE_WORD.matcher(text).region(start, end).matches()) {
            return Optional.empty();
        }
        int before = start;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
            before--;
        }
        int first = before;
        while (first > 0 && isNamePart(text.charAt(first - 1))) {
            first--;
        }
        if (first == before || before == start || keywords.contains(text.substring(first, before))
                || !BARE_WORD.matcher(text).region(first, before).matches()) {
            return Optional.empty();
        }
        int last = end;
        Matcher next = NEXT_WORD.matcher(text);
        while (next.region(last, text.length()).lookingAt() && !keywords.contains(next.group(1))) {
            last = next.end();
        }
        String name = text.substring(first, last).replaceAll("[ \\t]+", " ");
        return Optional.of(new QuickFix("Quote the name: \"" + name + "\"", first, last, "\"" + name + "\"",
                false));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
