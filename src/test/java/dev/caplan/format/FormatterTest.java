package dev.caplan.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The layout rules of docs/language.md ("Layout"), one at a time. */
class FormatterTest {

    private static String format(String text) {
        String formatted = FormatPropertyTest.format("test.caplan", text);
        assertThat(FormatPropertyTest.format("again.caplan", formatted)).as("idempotent").isEqualTo(formatted);
        return formatted;
    }

    @Test
    void spacingQuotingAndNumbersAreCanonical() {
        assertThat(format("let   \"places\"=capacity [ kind=\"AZC\" ]*1_000.50\nlet \"total\" = ( capacity ) at 2023-W01\n"))
                .as("a keyword stays quoted").isEqualTo("let places  = capacity[kind = AZC] * 1000.50\nlet \"total\" = capacity at 2023-W01\n");
        assertThat(format("key k shares {\n A 05.0%\n}\nreported 17.10% = k[A] tolerance 0_5 as \"a\"\n"
                + "let r = 0400..600? + 1_000 ± 5%\n"))
                .isEqualTo("key k shares {\n  A 5.0%\n}\nreported 17.10% = k[A] tolerance 5 as \"a\"\n"
                        + "let r = 400..600? + 1000 ± 5%\n");
    }

    @Test
    void blankLinesBetweenDeclarationsAreKeptSeveralAsOneNoneAtTheEdges() {
        assertThat(format("\n\ncountry A\n\n\n\nprovince B in A\nregion C in B\n\n\n"))
                .isEqualTo("country A\n\nprovince B in A\nregion C in B\n");
        assertThat(format("location x in y kind Z {\n\n  capacity 1\n\n\n  capacity 2 from 2024\n\n}\n"))
                .isEqualTo("location x in y kind Z {\n  capacity 1\n\n  capacity 2 from 2024\n}\n");
    }

    @Test
    void trailingCommentsOfARunLineUpThreeSpacesAfterTheLongestLine() {
        String text = """
                location x in y kind Z {
                  capacity 100 until 2023-02-01 # short
                  capacity 100? from 2023-02-01 until 2025-02-01      # long
                  note "no comment"

                  option extend until 2025-02-01   # after a blank line: a run of its own
                }
                """;
        assertThat(format(text)).isEqualTo("""
                location x in y kind Z {
                  capacity 100 until 2023-02-01                    # short
                  capacity 100? from 2023-02-01 until 2025-02-01   # long
                  note "no comment"

                  option extend until 2025-02-01   # after a blank line: a run of its own
                }
                """);
    }

    @Test
    void ownLineCommentsUnderATrailingCommentContinueIt() {
        String text = """
                location x in y kind Z {
                  capacity 1 # first line
                             # second line
                  # about the note
                  note "n"
                }
                """;
        assertThat(format(text)).isEqualTo("""
                location x in y kind Z {
                  capacity 1   # first line
                               # second line
                  # about the note
                  note "n"
                }
                """);
    }

    @Test
    void commentsAtBlockEdgesAndInsideALineStayInTheirBlock() {
        String text = """
                # before
                location x in y kind Z {   # after the brace
                  capacity 1
                    from 2023 # inside the entry's line
                    until 2024
                  # closing the block
                } # after the block
                # at the end
                """;
        assertThat(format(text)).isEqualTo("""
                # before
                location x in y kind Z {   # after the brace
                  # inside the entry's line
                  capacity 1 from 2023 until 2024
                  # closing the block
                }   # after the block
                # at the end
                """);
    }

    @Test
    void aScenarioKeepsTheCommentsOfTheDeclarationsInIt() {
        String text = """
                scenario s {
                  without tentative # no guesses
                  add location x in y kind Z {
                    # new
                    capacity 5 # five
                  }
                }
                """;
        assertThat(format(text)).isEqualTo("""
                scenario s {
                  without tentative   # no guesses
                  add location x in y kind Z {
                    # new
                    capacity 5   # five
                  }
                }
                """);
    }

    @Test
    void definitionsOfARunAlignTheirEqualsSignsAndKindsTheirDescriptions() {
        assertThat(format("let a = 1\nlet longer = 2\n\nlet b = 3\nkind AZC \"x\"\nkind NO \"y\"\nkind A, B\n"))
                .isEqualTo("let a      = 1\nlet longer = 2\n\nlet b = 3\nkind AZC \"x\"\nkind NO  \"y\"\nkind A, B\n");
    }

    @Test
    void crLfLineEndsStayCrLf() {
        assertThat(format("country   A\r\n# c\r\nprovince B in A # d\r\n"))
                .isEqualTo("country A\r\n# c\r\nprovince B in A   # d\r\n");
        assertThat(format("country A\nprovince B in A\r\n")).isEqualTo("country A\nprovince B in A\n");
    }

    @Test
    void aFileOfCommentsOnlyOrNothingStaysSo() {
        assertThat(format("")).isEqualTo("");
        assertThat(format("# only\n\n\n# comments   \n")).isEqualTo("# only\n\n# comments\n");
    }
}
