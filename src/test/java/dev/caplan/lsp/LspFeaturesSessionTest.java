package dev.caplan.lsp;

import static dev.caplan.lsp.EditorClient.JSON;
import static dev.caplan.lsp.EditorClient.WAIT;
import static dev.caplan.lsp.EditorClient.document;
import static dev.caplan.lsp.EditorClient.position;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.caplan.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * A second editing session on models/ijsselland, for what shows a model's values and helps type
 * it: inlay hints (a let's value, a check's outcome; switched off and on), hover on a quota and a
 * let, completion in context (after {@code at} and {@code over}, inside a name, at a line's start,
 * after {@code exercise option}), and quick fixes for typed mistakes. Through LSP4J's client over
 * piped streams, with a golden transcript besides the assertions.
 */
class LspFeaturesSessionTest {
    private static final Path MODEL = Path.of("models/ijsselland");
    private static final Path CHECKS = MODEL.resolve("checks.caplan");
    private static final Path REPORTS = MODEL.resolve("reports.caplan");
    private static final Path QUOTAS = MODEL.resolve("quotas.caplan");
    private static final Path OPTIMISTIC = MODEL.resolve("scenarios/optimistic.caplan");
    private static final Path TRANSCRIPT = Path.of("src/test/resources/cases/lsp/ijsselland-features.txt");

    private final StringBuilder transcript = new StringBuilder();

    @Test
    void valuesCompletionAndQuickFixesOnIjsselland() throws Exception {
        try (EditorClient editor = new EditorClient()) {
            editor.initialize("2023-07-01");
            var documents = editor.server.getTextDocumentService();
            editor.open(REPORTS);
            editor.open(CHECKS);
            editor.open(QUOTAS);
            editor.diagnostics(CHECKS, p -> p.getDiagnostics().size() == 5);
            step("initialize, referenceDate 2023-07-01; open reports.caplan, checks.caplan, quotas.caplan", null);

            // inlay hints: each let's value, each check's outcome, where the declaration ends
            List<InlayHint> lets = answer(documents.inlayHint(new InlayHintParams(document(REPORTS), whole(REPORTS))));
            step("inlay hints of reports.caplan", lets);
            assertThat(lets).extracting(h -> h.getLabel().getLeft()).containsExactly("= 1965?", "= 100", "= 2065?");
            assertThat(lets.get(0).getPosition()).isEqualTo(position(REPORTS, "ROL)]   # Table A", 1, "ROL)]".length()));
            assertThat(lets.get(0).getTooltip().getLeft()).isEqualTo("azc on 2023-07-01: 1965? (firm: 1685)");
            List<InlayHint> checks = answer(documents.inlayHint(new InlayHintParams(document(CHECKS), whole(CHECKS))));
            step("inlay hints of checks.caplan", checks);
            assertThat(checks).extracting(h -> h.getLabel().getLeft()).containsExactly(
                    "✗ fails on 2024-01-01: azc = 1730, azc_places[IJsselland] = 1836 (short by 106)",
                    "✓? holds only counting tentative values on 2023-07-01: azc = 1965?, 1836");

            // a bounded let and a flow, typed into reports.caplan
            String reports = Files.readString(REPORTS, StandardCharsets.UTF_8);
            String typed = reports + "let wish = 400..600\nlet housing = status_holders[IJsselland]\n";
            editor.change(REPORTS, typed);
            editor.diagnostics(REPORTS, p -> true);
            List<InlayHint> more = answer(documents.inlayHint(new InlayHintParams(document(REPORTS),
                    new Range(new Position(lines(reports), 0), new Position(lines(reports) + 2, 0)))));
            step("inlay hints of two lets typed at the end of reports.caplan", more);
            assertThat(more).extracting(h -> h.getLabel().getLeft()).containsExactly("= 500 (400–600)", "= 650?");
            assertThat(more.get(1).getTooltip().getLeft()).isEqualTo("housing in 2023-H2: 650? (firm: 0)");
            Hover wish = answer(documents.hover(new HoverParams(document(REPORTS), new Position(lines(reports), 5))));
            step("hover on wish", wish);
            assertThat(wish.getContents().getRight().getValue()).contains("- firm value: `500` (nothing tentative)")
                    .contains("- range: `400` to `600`");
            editor.change(REPORTS, reports);
            editor.diagnostics(REPORTS, p -> true);

            // switched off by the workspace setting, and on again
            editor.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(setting(false)));
            List<InlayHint> off = answer(documents.inlayHint(new InlayHintParams(document(REPORTS), whole(REPORTS))));
            step("workspace setting caplan.inlayHints false: inlay hints of reports.caplan", off);
            assertThat(off).isEmpty();
            editor.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(setting(true)));
            assertThat(answer(documents.inlayHint(new InlayHintParams(document(REPORTS), whole(REPORTS))))).hasSize(3);
            assertThat(editor.inlayRefreshes()).isEqualTo(2);

            // hover: a quota's amounts and shares per area, a let's firm value
            Hover quota = answer(documents.hover(new HoverParams(document(QUOTAS), position(QUOTAS, "quota azc_places", 1, 8))));
            step("hover on the quota azc_places", quota);
            assertThat(quota.getContents().getRight().getValue())
                    .contains("amounts on 2023-07-01, shares by key `population`")
                    .contains("| Netherlands | 61200 |  |")
                    .contains("| Overijssel | 3531 | 5.77% of its parent |")
                    .contains("| IJsselland | 1621 | 45.9% of its parent |");
            Hover let = answer(documents.hover(new HoverParams(document(REPORTS), position(REPORTS, "let azc", 1, 5))));
            step("hover on the let azc", let);
            assertThat(let.getContents().getRight().getValue()).contains("- firm value: `1685` (tentative values left out)");

            // completion after `at `: the reference date's periods, then the days places change
            CompletionList atDay = answer(documents.completion(new CompletionParams(document(CHECKS),
                    position(CHECKS, "azc at 2023-01-01", 1, "azc at ".length())))).getRight();
            step("completion in checks.caplan after 'azc at '", atDay);
            assertThat(atDay.getItems()).extracting(CompletionItem::getLabel)
                    .startsWith("2023-07-01", "2023-07", "2023-Q3", "2023-H2", "2023").contains("2023-04-01", "2026-02-01");
            CompletionList typing = answer(documents.completion(new CompletionParams(document(CHECKS),
                    position(CHECKS, "azc at 2023-01-01", 1, "azc at 2023-0".length())))).getRight();
            assertThat(typing.getItems()).extracting(CompletionItem::getLabel).startsWith("2023-07-01", "2023-07")
                    .allMatch(label -> label.startsWith("2023-0"));
            assertThat(typing.getItems().get(0).getTextEdit().getLeft().getRange().getStart())
                    .isEqualTo(position(CHECKS, "azc at 2023-01-01", 1, "azc at ".length()));
            CompletionParams spaceTyped = new CompletionParams(document(CHECKS),
                    position(CHECKS, "azc at 2023-01-01", 1, "azc at ".length()), new CompletionContext(
                    CompletionTriggerKind.TriggerCharacter, " "));
            assertThat(answer(documents.completion(spaceTyped)).getRight().getItems()).hasSameSizeAs(atDay.getItems());
            CompletionParams spaceInExpression = new CompletionParams(document(CHECKS),
                    position(CHECKS, "azc >= 1836", 1, "azc >= ".length()), new CompletionContext(
                    CompletionTriggerKind.TriggerCharacter, " "));
            assertThat(answer(documents.completion(spaceInExpression)).getRight().getItems())
                    .as("a space in an expression offers nothing unasked").isEmpty();
            CompletionList over = answer(documents.completion(new CompletionParams(document(CHECKS),
                    position(CHECKS, "over 2022-H2", 1, "over ".length())))).getRight();
            step("completion in checks.caplan after 'over '", over);
            assertThat(over.getItems()).extracting(CompletionItem::getLabel).contains("2023-01 .. 2023-12 monthly", "2023-H2");

            // completion inside a name: only names of the sort that goes there
            CompletionList kind = answer(documents.completion(new CompletionParams(document(REPORTS),
                    position(REPORTS, "NO, ROL)]", 1, "NO, R".length())))).getRight();
            step("completion in reports.caplan after 'kind in (AZC, NO, R'", kind);
            assertThat(kind.getItems()).extracting(CompletionItem::getLabel).containsExactly("ROL");
            CompletionList selector = answer(documents.completion(new CompletionParams(document(REPORTS),
                    position(REPORTS, "capacity[IJsselland, kind = CNO]", 1, "capacity[IJs".length())))).getRight();
            assertThat(selector.getItems()).extracting(CompletionItem::getLabel).containsExactly("IJsselland");
            CompletionList lineStart = answer(documents.completion(new CompletionParams(document(REPORTS),
                    position(REPORTS, "  rows azc_places[Netherlands]", 1, 2)))).getRight();
            step("completion at the start of a line of a report", lineStart);
            assertThat(lineStart.getItems()).extracting(CompletionItem::getLabel)
                    .containsExactly("rows", "columns", "aggregate", "total", "format");
            CompletionList function = answer(documents.completion(new CompletionParams(document(CHECKS),
                    position(CHECKS, "sum(due", 1, 2)))).getRight();
            assertThat(function.getItems()).extracting(CompletionItem::getLabel).contains("sum");
            assertThat(function.getItems().stream().filter(i -> i.getLabel().equals("sum")).findFirst().orElseThrow()
                    .getDocumentation().getRight().getValue()).startsWith("**function** `sum");

            // completion of options after `exercise option`, in a scenario
            String optimistic = Files.readString(OPTIMISTIC, StandardCharsets.UTF_8)
                    .replace("exercise options", "exercise option \"ROL Zwolle\" grow");
            editor.open(OPTIMISTIC);
            editor.change(OPTIMISTIC, optimistic);
            CompletionList options = answer(documents.completion(new CompletionParams(document(OPTIMISTIC),
                    at(optimistic, "exercise option ".length() + optimistic.indexOf("exercise option "))))).getRight();
            step("completion in scenarios/optimistic.caplan after 'exercise option '", options);
            assertThat(options.getItems()).extracting(CompletionItem::getLabel).containsExactly(
                    "\"Schalkhaar buffer\" extend", "Wittenstein extend", "\"ROL Zwolle\" extend", "\"ROL Zwolle\" grow",
                    "\"Kampen (temporary)\" extend");

            // quick fixes: a hyphenated name, a day-first date, a name of two words
            String checksText = Files.readString(CHECKS, StandardCharsets.UTF_8);
            editor.change(CHECKS, checksText + "let olst = capacity[Olst-Wijhe]\nreported 1 = azc at 1-7-2023\n"
                    + "let spaced = capacity[ROL Zwolle]\n");
            PublishDiagnosticsParams syntax = editor.diagnostics(CHECKS, p -> p.getDiagnostics().stream()
                    .anyMatch(d -> d.getCode().getLeft().equals("E-SYNTAX")));
            List<CodeAction> fixes = fixes(editor, syntax.getDiagnostics());
            step("code actions for the diagnostics of three mistakes typed into checks.caplan", fixes);
            assertThat(fixes).extracting(f -> f.getEdit().getChanges().get(EditorClient.uri(CHECKS)).get(0).getNewText())
                    .containsExactly("\"Olst-Wijhe\"", "2023-07-01", "\"ROL Zwolle\"");
            assertThat(answer(documents.inlayHint(new InlayHintParams(document(CHECKS), whole(CHECKS)))))
                    .as("no values while the text has errors").isEmpty();

            // quick fixes: a misspelt area, a date without its zeros
            editor.change(CHECKS, checksText + "let kampen = capacity[Kampn]\nreported 1 = azc at 2023-7-1\n");
            PublishDiagnosticsParams names = editor.diagnostics(CHECKS, p -> p.getDiagnostics().stream()
                    .anyMatch(d -> d.getCode().getLeft().equals("E-UNKNOWN-NAME")));
            List<CodeAction> nameFixes = fixes(editor, names.getDiagnostics());
            step("code actions for a misspelt area and a date without its zeros", nameFixes);
            assertThat(nameFixes).extracting(CodeAction::getTitle)
                    .containsExactlyInAnyOrder("Change to Kampen", "Write the date as 2023-07-01");
            TextEdit kampen = nameFixes.stream().filter(f -> f.getTitle().equals("Change to Kampen")).findFirst()
                    .orElseThrow().getEdit().getChanges().get(EditorClient.uri(CHECKS)).get(0);
            assertThat(kampen.getRange().getStart()).isEqualTo(new Position(lines(checksText), "let kampen = capacity[".length()));
            editor.change(CHECKS, checksText);
            editor.diagnostics(CHECKS, p -> p.getDiagnostics().size() == 5);

            assertThat(editor.shutdown()).isZero();
            step("shutdown, exit: exit code 0", null);
        }
        Golden.assertMatches(TRANSCRIPT, transcript.toString());
    }

    /** The code actions for each diagnostic, asked as an editor asks: the diagnostic's range, with it in the context. */
    private static List<CodeAction> fixes(EditorClient editor, List<Diagnostic> diagnostics) throws Exception {
        List<CodeAction> found = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            var actions = answer(editor.server.getTextDocumentService().codeAction(new CodeActionParams(document(CHECKS),
                    diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
            actions.forEach(action -> found.add(action.getRight()));
        }
        return found;
    }

    private static JsonObject setting(boolean inlayHints) {
        JsonObject caplan = new JsonObject();
        caplan.addProperty("inlayHints", inlayHints);
        JsonObject settings = new JsonObject();
        settings.add("caplan", caplan);
        return settings;
    }

    private static Range whole(Path file) throws Exception {
        return new Range(new Position(0, 0), new Position(lines(Files.readString(file, StandardCharsets.UTF_8)) + 1, 0));
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static Position at(String text, int offset) {
        String before = text.substring(0, offset);
        return new Position(lines(before), offset - before.lastIndexOf('\n') - 1);
    }

    private static <T> T answer(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A step of the transcript: what the editor did, and the server's answer as JSON, paths relative. */
    private void step(String what, Object answer) {
        transcript.append("## ").append(what).append('\n');
        if (answer != null) {
            transcript.append(JSON.toJson(answer).replace(EditorClient.uri(MODEL), "models/ijsselland/")).append('\n');
        }
        transcript.append('\n');
    }
}
