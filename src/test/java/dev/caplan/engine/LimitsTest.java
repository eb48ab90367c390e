package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.result.ResultTable;
import dev.caplan.source.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of caplan's limits (source/Limits, docs/language.md "Limits") at N, which works, and at
 * N + 1, which is a located E-LIMIT, never a crash. Well past the limit too, where it used to be a
 * StackOverflowError: ten thousand nested parentheses, a hundred thousand terms.
 */
class LimitsTest {
    private static final String AREAS = """
            country C
            province P in C
            region R in P
            municipality M in R
            kind K
            location "L" in M kind K {
              capacity 10
            }
            """;

    @TempDir
    Path temp;

    @Test
    void nesting() throws IOException {
        assertThat(value("let x = " + "(".repeat(Limits.NESTING) + "1" + ")".repeat(Limits.NESTING))).isEqualTo("1");
        assertLimit("let x = " + "(".repeat(Limits.NESTING + 1) + "1" + ")".repeat(Limits.NESTING + 1), "nested");
        assertLimit("let x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000), "nested");
        assertThat(value("let x = " + "- ".repeat(Limits.NESTING) + "1")).isEqualTo("1");
        assertLimit("let x = " + "- ".repeat(Limits.NESTING + 1) + "1", "nested");
        assertLimit("let x = " + "capacity[".repeat(5_000), "nested");
    }

    @Test
    void operators() throws IOException {
        assertThat(value("let x = 1" + " + 1".repeat(Limits.OPERATORS))).isEqualTo(String.valueOf(Limits.OPERATORS + 1));
        assertLimit("let x = 1" + " + 1".repeat(Limits.OPERATORS + 1), "operators");
        assertLimit("let x = 1" + " + 1".repeat(100_000), "operators");
    }

    @Test
    void namesTextsAndDigits() throws IOException {
        String name = "a".repeat(Limits.NAME_LENGTH);
        assertThat(load("let " + name + " = 1\nlet x = " + name).diagnostics()).isEmpty();
        assertLimit("let " + name + "b = 1\nlet x = 1", "name longer");
        assertThat(load("report r \"" + "t".repeat(Limits.TEXT_LENGTH) + "\" {\n rows capacity\n columns 2023\n}\nlet x = 1")
                .diagnostics()).isEmpty();
        assertLimit("report r \"" + "t".repeat(Limits.TEXT_LENGTH + 1) + "\" {\n rows capacity\n columns 2023\n}\nlet x = 1",
                "text longer");
        assertThat(value("let x = " + "9".repeat(Limits.DIGITS))).isEqualTo("9".repeat(Limits.DIGITS));
        assertLimit("let x = " + "9".repeat(Limits.DIGITS + 1), "digits");
        assertLimit("let x = " + "1_".repeat(Limits.DIGITS) + "1", "digits");
    }

    @Test
    void aTextIsMeasuredInCharsEvenWhereItsCharactersAreTwoEach() throws IOException {
        String clef = "\uD834\uDD1E"; // one character outside the Basic Multilingual Plane: two chars
        String within = clef.repeat(Limits.TEXT_LENGTH / 2);
        assertThat(load("report r \"" + within + "\" {\n rows capacity\n columns 2023\n}\nlet x = 1").diagnostics()).isEmpty();
        assertLimit("report r \"" + within + clef + "\" {\n rows capacity\n columns 2023\n}\nlet x = 1", "text longer");
    }

    @Test
    void roundDigits() throws IOException {
        assertThat(value("let x = round(1 / 3, " + Limits.ROUND_DIGITS + ")")).isEqualTo("0.3333333333");
        Outcome<ResultTable> past = plan("let x = round(1 / 3, " + (Limits.ROUND_DIGITS + 1) + ")").query("x", "2023-01-01", null);
        assertThat(past.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.LIMIT);
    }

    @Test
    void definitionChains() throws IOException {
        assertThat(value(chain(Limits.DEFINITION_CHAIN - 2, "x"))).isEqualTo(String.valueOf(Limits.DEFINITION_CHAIN - 1));
        assertLimit(chain(Limits.DEFINITION_CHAIN, "a" + Limits.DEFINITION_CHAIN), "chain");
        assertLimit(chain(5_000, "a5000"), "chain");
    }

    /** {@code a0 = 1}, {@code a1 = a0 + 1}, ..., {@code x = a_last}: a chain of {@code last + 2} definitions (without x: {@code last + 1}). */
    private static String chain(int last, String x) {
        StringBuilder text = new StringBuilder("let a0 = 1\n");
        for (int i = 1; i <= last; i++) {
            text.append("let a").append(i).append(" = a").append(i - 1).append(" + 1\n");
        }
        return x.equals("x") ? text.append("let x = a").append(last).append('\n').toString() : text.toString();
    }

    @Test
    void scenarioChains() throws IOException {
        assertThat(load(scenarios(Limits.SCENARIO_CHAIN)).diagnostics()).isEmpty();
        assertThat(load(scenarios(Limits.SCENARIO_CHAIN + 1)).diagnostics()).extracting(Diagnostic::code)
                .containsExactly(Code.LIMIT);
        assertThat(load(scenarios(20_000)).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.LIMIT);
    }

    private static String scenarios(int count) {
        StringBuilder text = new StringBuilder("let x = 1\nscenario s1 { let x = 1 }\n");
        for (int i = 2; i <= count; i++) {
            text.append("scenario s").append(i).append(" extends s").append(i - 1).append(" { let x = ").append(i).append(" }\n");
        }
        return text.toString();
    }

    @Test
    void cellsPerTable() throws IOException {
        // 20 locations by location over 100,000 days is the limit itself; one more location is past it
        String locations = locations(21);
        Outcome<ResultTable> past = plan(locations).query("capacity by location", null, "2000-01-01 .. 2273-10-15 daily");
        assertThat(past.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.LIMIT);
        Outcome<ResultTable> within = plan(locations(2)).query("capacity by location", null, "2000-01-01 .. 2273-10-15 daily");
        assertThat(within.diagnostics()).isEmpty();
        assertThat(within.value().columns()).hasSize(100_000);
    }

    private static String locations(int count) {
        StringBuilder text = new StringBuilder("let x = 1\n");
        for (int i = 0; i < count; i++) {
            text.append("location \"L").append(i).append("\" in M kind K {\n  capacity 1\n}\n");
        }
        return text.toString();
    }

    @Test
    void replInput() throws IOException {
        Path model = write("let x = 1\n");
        Session session = Session.open(List.of(model)).value();
        String padded = " ".repeat(Limits.REPL_INPUT - 11) + "x at 2023";
        assertThat(padded).hasSize(Limits.REPL_INPUT - 2);
        assertThat(session.submit(padded).hasErrors()).isFalse();
        assertThat(session.submit(" ".repeat(Limits.REPL_INPUT + 1)).diagnostics()).extracting(Diagnostic::code)
                .containsExactly(Code.LIMIT);
    }

    private String value(String declarations) throws IOException {
        Outcome<ResultTable> answer = plan(declarations).query("x", "2023-01-01", null);
        assertThat(answer.diagnostics()).isEmpty();
        return answer.value().rows().get(0).cells().get(0).value().toPlainString();
    }

    private void assertLimit(String declarations, String message) throws IOException {
        Outcome<Plan> loaded = load(declarations);
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).contains(Code.LIMIT);
        assertThat(loaded.diagnostics()).filteredOn(d -> d.code() == Code.LIMIT).hasSize(1)
                .allSatisfy(d -> {
                    assertThat(d.message()).contains(message);
                    assertThat(d.span()).as("located").isNotNull();
                });
    }

    private Plan plan(String declarations) throws IOException {
        Outcome<Plan> loaded = load(declarations);
        assertThat(loaded.diagnostics()).isEmpty();
        return loaded.value();
    }

    private Outcome<Plan> load(String declarations) throws IOException {
        return Engine.load(List.of(write(declarations)));
    }

    private Path write(String declarations) throws IOException {
        Path file = Files.createTempFile(temp, "model", ".caplan");
        Files.writeString(file, AREAS + declarations, StandardCharsets.UTF_8);
        return file;
    }
}
