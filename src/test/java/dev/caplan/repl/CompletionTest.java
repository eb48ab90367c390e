package dev.caplan.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Session;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private static Repl repl;

    @BeforeAll
    static void load() {
        Session session = Session.open(List.of(Path.of("models/ijsselland"))).value();
        repl = new Repl(session, new StreamIO(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @Test
    void metaCommandsByPrefix() {
        assertThat(Completions.of(repl, ":re")).containsExactlyInAnyOrder(":report", ":redo", ":reload");
        assertThat(Completions.of(repl, ":q")).containsExactly(":quit");
    }

    @Test
    void reportAndScenarioNamesAfterTheirCommands() {
        assertThat(Completions.of(repl, ":report table_")).contains("table_a", "table_b", "table_c", "table_d");
        assertThat(Completions.of(repl, ":scenario o")).containsExactly("optimistic");
        assertThat(Completions.of(repl, ":help sa")).containsExactly("save");
    }

    @Test
    void namesAreQuotedWhenTheyMustBe() {
        assertThat(Completions.of(repl, "capacity[location = \"ROL")).containsExactly("\"ROL Zwolle\"");
        assertThat(Completions.of(repl, "capacity[Deve")).containsExactly("Deventer");
        assertThat(Completions.of(repl, "\"Zwolle (")).containsExactly("\"Zwolle (Lumen)\"", "\"Zwolle (Ruysdael)\"");
        assertThat(Completions.of(repl, "capacity[location = \"ROL Zw")).containsExactly("\"ROL Zwolle\"");
    }

    @Test
    void definitionsQuotasKeywordsAndDates() {
        assertThat(Completions.of(repl, "all_")).containsExactly("all_places");
        assertThat(Completions.of(repl, "azc_")).containsExactly("azc_places");
        assertThat(Completions.of(repl, "capa")).containsExactly("capacity");
        assertThat(Completions.of(repl, "azc at 2023-0")).contains("2023-02-01", "2023-04-01", "2023-05-01");
    }

    @Test
    void builtInFunctions() {
        assertThat(Completions.of(repl, "aver")).containsExactly("average");
        assertThat(Completions.of(repl, "let x = cumu")).containsExactly("cumulative");
        assertThat(Completions.of(repl, "led")).containsExactly("ledger");
    }
}
