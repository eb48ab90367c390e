package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Diagnostics as JSON: every field, always; positions as the text format counts them; a place or none. */
class DiagnosticJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDiagnosticWithAPlaceAndAHint() {
        // an emoji is two UTF-16 code units: the column after it counts both, as the text format and SARIF do
        SourceFile file = SourceFile.ofText("m.caplan", "kind AZC\nlet x = \"\uD83C\uDFE0\" + Kampn\n");
        int start = file.text().indexOf("Kampn");
        Diagnostic diagnostic = Diagnostic.error(Code.UNKNOWN_NAME, new Span(file, start, start + 5),
                "unknown name 'Kampn'").withHint("did you mean 'Kampen'?");
        JsonNode node = JSON.readTree(DiagnosticJson.render(List.of(diagnostic), null)).at("/diagnostics/0");
        assertThat(node.get("code").asString()).isEqualTo("E-UNKNOWN-NAME");
        assertThat(node.get("severity").asString()).isEqualTo("error");
        assertThat(node.get("message").asString()).isEqualTo("unknown name 'Kampn'");
        assertThat(node.get("hint").asString()).isEqualTo("did you mean 'Kampen'?");
        assertThat(node.get("file").asString()).isEqualTo("m.caplan");
        assertThat(node.at("/start/line").asInt()).isEqualTo(2);
        assertThat(node.at("/start/column").asInt()).isEqualTo(16);
        assertThat(node.at("/end/line").asInt()).isEqualTo(2);
        assertThat(node.at("/end/column").asInt()).isEqualTo(21);
        assertThat(DiagnosticRenderer.render(diagnostic)).startsWith("m.caplan:2:16: error:");
    }

    @Test
    void aDiagnosticWithoutAPlaceHasNullFields() {
        Diagnostic diagnostic = Diagnostic.warning(Code.IMPORT, null, "no such file: x");
        String json = DiagnosticJson.render(List.of(diagnostic), "ok: 1 area");
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("summary").asString()).isEqualTo("ok: 1 area");
        JsonNode node = root.at("/diagnostics/0");
        assertThat(node.get("severity").asString()).isEqualTo("warning");
        for (String field : List.of("hint", "file", "start", "end")) {
            assertThat(node.has(field)).as(field).isTrue();
            assertThat(node.get(field).isNull()).as(field).isTrue();
        }
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void noDiagnosticsIsAnEmptyArray() {
        assertThat(DiagnosticJson.render(List.of(), null)).isEqualTo("{\n  \"diagnostics\": []\n}\n");
    }
}
