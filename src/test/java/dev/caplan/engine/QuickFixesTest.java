package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick fixes of diagnostics as caplan words them (the cases under cases/errors), on their text. */
class QuickFixesTest {

    /** The text after each fix is applied on its own. */
    private static List<String> fixed(String code, String message, String hint, String text, String at) {
        int start = text.indexOf(at);
        return QuickFixes.of(code, message, hint, text, start, start + at.length()).stream()
                .map(f -> text.substring(0, f.start()) + f.newText() + text.substring(f.end())).toList();
    }

    @Test
    void aDidYouMeanHintReplacesTheNameAsItMustBeWritten() {
        assertThat(fixed("E-UNKNOWN-NAME", "unknown area 'Kampn'", "did you mean 'Kampen'?",
                "location \"A\" in Kampn kind AZC {", "Kampn")).containsExactly("location \"A\" in Kampen kind AZC {");
        assertThat(fixed("E-UNKNOWN-NAME", "unknown location 'ROL Zwole'", "did you mean 'ROL Zwolle'?",
                "let a = capacity[\"ROL Zwole\"]", "\"ROL Zwole\"")).containsExactly("let a = capacity[\"ROL Zwolle\"]");
        assertThat(fixed("E-UNKNOWN-FUNCTION", "unknown function 'sume'", "did you mean 'sum'?",
                "let c = sume(capacity)", "sume")).containsExactly("let c = sum(capacity)");
        assertThat(fixed("E-UNKNOWN-NAME", "unknown name 'totl'", "define it with: let totl = ...",
                "let b = totl", "totl")).isEmpty();
    }

    @Test
    void aHyphenatedNameIsQuotedWholeWhereverTheDiagnosticStarts() {
        String hint = "names with a hyphen are quoted: \"Olst-Wijhe\"";
        assertThat(fixed("E-SYNTAX", "unexpected '-' in Olst-Wijhe", hint, "let w = capacity[Olst-Wijhe]", "Olst-Wijhe"))
                .containsExactly("let w = capacity[\"Olst-Wijhe\"]");
        assertThat(fixed("E-UNKNOWN-NAME", "unknown name 'Olst'", hint + " ('Olst-Wijhe' is an area)",
                "let olst = Olst-Wijhe", "Olst")).containsExactly("let olst = \"Olst-Wijhe\"");
        assertThat(fixed("E-SYNTAX", "unexpected '-' in Olst-Wijhe", hint, "let w = capacity[Olst - Wijhe]", "Olst"))
                .as("the text is not the name of the hint").isEmpty();
    }

    @Test
    void aNameOfSeveralBareWordsIsQuotedUpToTheNextKeyword() {
        assertThat(fixed("E-SYNTAX", "unexpected name 'Zwolle'", "expected 'in'",
                "location ROL Zwolle in Zwolle kind ROL {", "Zwolle"))
                .containsExactly("location \"ROL Zwolle\" in Zwolle kind ROL {");
        assertThat(fixed("E-SYNTAX", "unexpected name 'Hardenberg'", "expected 'in'",
                "location AZC Hardenberg buffer in Hardenberg kind AZC {", "Hardenberg"))
                .containsExactly("location \"AZC Hardenberg buffer\" in Hardenberg kind AZC {");
        assertThat(fixed("E-SYNTAX", "unexpected name 'Zwolle'", "expected ']' or ','",
                "let b = capacity[ROL Zwolle]", "Zwolle")).containsExactly("let b = capacity[\"ROL Zwolle\"]");
        assertThat(fixed("E-SYNTAX", "unexpected name 'AZC'", "expected '{'", "location \"A\" in Zwolle kind AZC AZC {",
                "AZC AZC {").stream().toList()).as("no bare word is what the diagnostic points at").isEmpty();
        assertThat(fixed("E-SYNTAX", "unexpected name 'x'", null, "let x", "x")).as("a keyword before it").isEmpty();
    }

    @Test
    void aDateIsWrittenInIsoSpellingOnlyWhereItIsARealDate() {
        String hint = "dates are written YYYY-MM-DD: 2023-07-01";
        assertThat(fixed("E-BAD-DATE", "year 1 is outside the supported years 1000–9999", hint,
                "let x = capacity at 1-7-2023", "1")).containsExactly("let x = capacity at 2023-07-01");
        assertThat(fixed("E-SYNTAX", "unexpected '-' in 01-07-2023", hint, "  capacity 100 from 01-07-2023",
                "01-07-2023")).containsExactly("  capacity 100 from 2023-07-01");
        assertThat(fixed("E-BAD-DATE", "\"2023-7-1\" is not a period", "write a date as YYYY-MM-DD",
                "let y = capacity at 2023-7-1", "2023-7-1")).containsExactly("let y = capacity at 2023-07-01");
        assertThat(fixed("E-BAD-DATE", "2023-02-30 is not a date", "write a date as YYYY-MM-DD",
                "let y = capacity at 2023-2-30", "2023-2-30")).as("no such day").isEmpty();
        assertThat(fixed("E-BAD-DATE", "month 13 does not exist", "write a date as YYYY-MM-DD",
                "let y = capacity at 2023-13", "2023-13")).as("a month, not a date").isEmpty();
        assertThat(fixed("E-SYNTAX", "unexpected '-' in 31-02-2023", "dates are written YYYY-MM-DD: 2023-02-31",
                "let y = capacity at 31-02-2023", "31-02-2023")).as("the hint's date does not exist").isEmpty();
    }

    @Test
    void aPlaceOutsideTheTextGivesNoFix() {
        assertThat(QuickFixes.of("E-UNKNOWN-NAME", "unknown", "did you mean 'Kampen'?", "abc", 2, 9)).isEmpty();
    }
}
