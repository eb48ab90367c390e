package dev.caplan.output;

import dev.caplan.diag.Diagnostic;
import dev.caplan.source.Span;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as one JSON document, for scripts and CI:
 * <pre>
 * {"diagnostics": [{"code": "E-UNKNOWN-NAME", "severity": "error", "message": "...", "hint": "...",
 *   "file": "models/x.caplan", "start": {"line": 12, "column": 10}, "end": {"line": 12, "column": 15}}]}
 * </pre>
 * Every object has every field: {@code hint} is null when there is none; {@code file}, {@code start}
 * and {@code end} are null for a problem that has no place (a path on the command line that cannot
 * be read). Lines and columns count from 1 as in the text format; a column counts UTF-16 code units
 * (as Java, JavaScript and SARIF do), and {@code end} is the position just after the last character.
 * A failed check is a diagnostic like any other (code E-CHECK-FAILED), placed on the check's condition.
 */
public final class DiagnosticJson {

    private DiagnosticJson() {
    }

    /** The document; {@code summary} (the line {@code caplan check} prints) is left out when null. */
    public static String render(List<Diagnostic> diagnostics, String summary) {
        ObjectNode root = JsonTrees.object();
        if (summary != null) {
            root.put("summary", summary);
        }
        ArrayNode array = root.putArray("diagnostics");
        diagnostics.forEach(diagnostic -> array.add(object(diagnostic)));
        return JsonTrees.write(root);
    }

    private static ObjectNode object(Diagnostic diagnostic) {
        ObjectNode node = JsonTrees.object();
        node.put("code", diagnostic.code().id());
        node.put("severity", diagnostic.severity().label());
        node.put("message", diagnostic.message());
        node.put("hint", diagnostic.hint());
        Span span = diagnostic.span();
        if (span == null) {
            node.putNull("file");
            node.putNull("start");
            node.putNull("end");
        } else {
            node.put("file", span.file().displayName());
            node.set("start", position(span.line(), span.column()));
            node.set("end", position(span.file().lineOf(span.end()), span.file().columnOf(span.end())));
        }
        return node;
    }

    private static ObjectNode position(int line, int column) {
        ObjectNode node = JsonTrees.object();
        node.put("line", line);
        node.put("column", column);
        return node;
    }
}
