package dev.caplan.output;

import dev.caplan.diag.Code;
import dev.caplan.diag.CodeHelp;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Severity;
import dev.caplan.source.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as a SARIF 2.1.0 log (OASIS' Static Analysis Results Interchange Format), which code
 * review platforms such as GitHub code scanning read to annotate the line of a pull request that a
 * diagnostic, or a failed check, points at.
 *
 * <p>One run; its tool is caplan with one rule per diagnostic code used (described from the error
 * catalogue, {@link CodeHelp}); one result per diagnostic, located by a file URI relative to the
 * working directory (with {@code uriBaseId} {@code %SRCROOT%}, the repository root in CI) and a
 * region whose columns count UTF-16 code units, SARIF's default, as caplan's columns do. A file
 * outside the working directory gets an absolute {@code file:} URI; a problem in text that is no
 * file (an expression or an option's value) or with no place at all gets no location, and its
 * message says where.
 */
public final class Sarif {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private Sarif() {
    }

    /**
     * The log. {@code version} is caplan's; {@code docsUrl}, the address of caplan's docs folder
     * ending with a slash, gives each rule a {@code helpUri} into {@code errors.md}, and is left out
     * when null: SARIF wants absolute addresses there, and a build knows none unless it is told.
     */
    public static String render(List<Diagnostic> diagnostics, String version, String docsUrl) {
        List<Code> rules = diagnostics.stream().map(Diagnostic::code).distinct().toList();
        ObjectNode root = JsonTrees.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "caplan");
        if (version != null) {
            driver.put("version", version);
        }
        if (docsUrl != null) {
            driver.put("informationUri", docsUrl);
        }
        ArrayNode ruleArray = driver.putArray("rules");
        rules.forEach(code -> ruleArray.add(rule(code, docsUrl)));
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        diagnostics.forEach(diagnostic -> results.add(result(diagnostic, rules.indexOf(diagnostic.code()))));
        return JsonTrees.write(root);
    }

    /** The anchor of a code's section in docs/errors.md: its heading as Markdown renderers make ids of it. */
    public static String anchor(Code code) {
        return code.id().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode rule(Code code, String docsUrl) {
        ObjectNode rule = JsonTrees.object();
        rule.put("id", code.id());
        rule.putObject("shortDescription").put("text", code.summary());
        CodeHelp.of(code).ifPresent(help -> {
            rule.putObject("fullDescription").put("text", help.meaning());
            rule.putObject("help").put("text", help.fix());
        });
        if (docsUrl != null) {
            rule.put("helpUri", docsUrl + "errors.md#" + anchor(code));
        }
        return rule;
    }

    private static ObjectNode result(Diagnostic diagnostic, int ruleIndex) {
        ObjectNode result = JsonTrees.object();
        result.put("ruleId", diagnostic.code().id());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(diagnostic.severity()));
        Span span = diagnostic.span();
        boolean inFile = span != null && span.file().path() != null;
        String where = span != null && !inFile ? span.location() + ": " : "";
        String hint = diagnostic.hint() == null ? "" : "\nhint: " + diagnostic.hint();
        result.putObject("message").put("text", where + diagnostic.message() + hint);
        if (inFile) {
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.set("artifactLocation", artifact(span.file().path()));
            physical.set("region", region(span));
        }
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
        };
    }

    /** Relative to the working directory with {@code %SRCROOT%} when the file is under it, else an absolute file URI. */
    private static ObjectNode artifact(Path path) {
        ObjectNode location = JsonTrees.object();
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        if (absolute.startsWith(here)) {
            location.put("uri", relativeUri(here.relativize(absolute)));
            location.put("uriBaseId", SOURCE_ROOT);
        } else {
            location.put("uri", absolute.toUri().toASCIIString());
        }
        return location;
    }

    /** {@code models/a b.caplan} as {@code models/a%20b.caplan}: forward slashes, each segment escaped. */
    static String relativeUri(Path relative) {
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(segment.toString()));
        String joined = String.join("/", segments);
        try { // a first segment with a colon would read as a scheme: ./a:b.caplan
            return new URI(null, null, segments.get(0).contains(":") ? "./" + joined : joined, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no URI for " + relative, e);
        }
    }

    /** Lines and columns from 1; the end column is the one just after the last character, as SARIF counts. */
    private static ObjectNode region(Span span) {
        ObjectNode region = JsonTrees.object();
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.file().lineOf(span.end()));
        region.put("endColumn", span.file().columnOf(span.end()));
        return region;
    }
}
