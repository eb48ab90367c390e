package dev.caplan.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours rendered diagnostics for a terminal: the word error in bold red, warning in bold
 * yellow, the carets under the place in the same colour, and the hint's label in cyan. It works
 * on the one rendered format ({@code file:line:col: error: ...}); a line it does not recognise is
 * left as it is, so a change of format costs colour, never text.
 */
final class DiagnosticColours {
    private static final String RESET = "\u001B[0m";
    private static final String ERROR = "\u001B[1;31m";
    private static final String WARNING = "\u001B[1;33m";
    private static final String HINT = "\u001B[36m";
    private static final Pattern HEADLINE = Pattern.compile("^(\\S.*?: )(error|warning)(: .*)$");
    private static final Pattern CARETS = Pattern.compile("^( +\\| *)(\\^+)$");
    private static final Pattern HINT_LINE = Pattern.compile("^( *(?:= )?)(hint:)(.*)$");

    private DiagnosticColours() {
    }

    static String colour(String rendered) {
        StringBuilder out = new StringBuilder();
        String severity = ERROR;
        for (String line : rendered.split("\n", -1)) {
            Matcher headline = HEADLINE.matcher(line);
            Matcher carets = CARETS.matcher(line);
            Matcher hint = HINT_LINE.matcher(line);
            if (headline.matches()) {
                severity = headline.group(2).equals("error") ? ERROR : WARNING;
                out.append(headline.group(1)).append(severity).append(headline.group(2)).append(RESET)
                        .append(headline.group(3));
            } else if (carets.matches()) {
                out.append(carets.group(1)).append(severity).append(carets.group(2)).append(RESET);
            } else if (hint.matches()) {
                out.append(hint.group(1)).append(HINT).append(hint.group(2)).append(RESET).append(hint.group(3));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
