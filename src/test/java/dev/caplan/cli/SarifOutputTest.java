package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.output.Sarif;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF output is valid SARIF 2.1.0: every model, example and error case, checked with
 * {@code --format sarif}, validates against the SARIF 2.1.0 JSON schema (src/test/resources/sarif,
 * see the README there), and its results sit where the text diagnostics do.
 */
class SarifOutputTest {
    private static final Schema SCHEMA = schema();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Schema schema() {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> violations(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void ijsselland() {
        CliRun run = CliRun.of("check", "models/ijsselland", "--format", "sarif");
        assertThat(run.exitCode()).as("a check fails: exit 1 as with text").isEqualTo(1);
        assertThat(run.err()).as("nothing besides the document").isEmpty();
        assertThat(violations(run.out())).isEmpty();
        JsonNode log = JSON.readTree(run.out());
        JsonNode result = log.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asString()).isEqualTo("E-CHECK-FAILED");
        assertThat(result.get("level").asString()).isEqualTo("error");
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asString()).isEqualTo("models/ijsselland/checks.caplan");
        assertThat(physical.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(9);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(7);
        List<String> rules = new ArrayList<>();
        log.at("/runs/0/tool/driver/rules").forEach(rule -> rules.add(rule.get("id").asString()));
        assertThat(rules).containsExactly("E-CHECK-FAILED", "W-CHECK-TENTATIVE", "W-REPORTED");
        assertThat(log.at("/runs/0/results").size()).isEqualTo(5);
    }

    @TestFactory
    Stream<DynamicTest> everyModelExampleAndErrorCaseValidates() throws IOException {
        List<Path> inputs = new ArrayList<>();
        inputs.addAll(list(Path.of("models"), Files::isDirectory));
        inputs.addAll(list(Path.of("examples"), Files::isDirectory));
        inputs.addAll(list(Path.of("src/test/resources/cases/errors"), p -> p.toString().endsWith(".caplan")));
        assertThat(inputs).hasSizeGreaterThan(30);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.toString(), input.toUri(), () -> {
            CliRun sarif = CliRun.of("check", input.toString(), "--format", "sarif");
            CliRun text = CliRun.of("check", input.toString());
            assertThat(sarif.exitCode()).as("the same exit code as text").isEqualTo(text.exitCode());
            assertThat(violations(sarif.out())).as("schema violations of %s", input).isEmpty();
            long diagnostics = text.err().lines().filter(line -> line.matches(".*: (error|warning): .*\\[[EW]-[A-Z-]+]"))
                    .count();
            assertThat(JSON.readTree(sarif.out()).at("/runs/0/results").size()).as("one result per diagnostic")
                    .isEqualTo(diagnostics);
        }));
    }

    @Test
    void rulesPointIntoTheCatalogueWhenTheDocsAddressIsKnown() {
        SourceFile file = new SourceFile("a b.caplan", Path.of("a b.caplan"), "let x = Kampn\n");
        Diagnostic unknown = Diagnostic.error(Code.UNKNOWN_NAME, new Span(file, 8, 13), "unknown name 'Kampn'")
                .withHint("did you mean 'Kampen'?");
        String sarif = Sarif.render(List.of(unknown), "0.1.0", "https://example.org/caplan/docs/");
        assertThat(violations(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        assertThat(run.at("/tool/driver/rules/0/helpUri").asString())
                .isEqualTo("https://example.org/caplan/docs/errors.md#e-unknown-name");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("a%20b.caplan");
        assertThat(run.at("/results/0/message/text").asString())
                .isEqualTo("unknown name 'Kampn'\nhint: did you mean 'Kampen'?");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/endColumn").asInt()).isEqualTo(14);
    }

    @Test
    void theValidatorRejectsWhatIsNotSarif() {
        String sarif = CliRun.of("check", "models/ijsselland", "--format", "sarif").out();
        assertThat(violations(sarif.replace("\"startColumn\": 7", "\"startColumn\": 0"))).isNotEmpty();
        assertThat(violations(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\""))).isNotEmpty();
        assertThat(violations(sarif.replace("\"level\": \"error\"", "\"level\": \"fatal\""))).isNotEmpty();
        // why a rule gets no helpUri unless the build knows where the docs are: SARIF wants an absolute URI there
        assertThat(violations(sarif.replace("\"id\": \"E-CHECK-FAILED\",",
                "\"id\": \"E-CHECK-FAILED\", \"helpUri\": \"docs/errors.md#e-check-failed\",")))
                .anySatisfy(violation -> assertThat(violation).contains("helpUri"));
    }

    private static List<Path> list(Path directory, Predicate<Path> filter) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        }
    }
}
