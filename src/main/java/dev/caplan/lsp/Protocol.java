package dev.caplan.lsp;

import dev.caplan.diag.Severity;
import dev.caplan.engine.NameOccurrence;
import dev.caplan.source.Span;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/** Caplan's values in the protocol's terms: paths as URIs, spans as ranges, diagnostics, kinds of name. */
final class Protocol {
    /** Line tables by text; a text is shared by every span of its file, so each is indexed once. */
    private static final Map<String, LineIndex> LINES = new WeakHashMap<>();

    private Protocol() {
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** The file a URI names, or null for one that is not a file (an unsaved buffer, another scheme). */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    static synchronized LineIndex lines(String text) {
        return LINES.computeIfAbsent(text, LineIndex::new);
    }

    static Range range(Span span) {
        return lines(span.file().text()).range(span.start(), span.end());
    }

    static Location location(Span span) {
        return new Location(uri(span.file().path()), range(span));
    }

    /** A diagnostic as {@code caplan check} gives it: the code, the message, and the hint on a line of its own. */
    static Diagnostic diagnostic(Severity severity, String code, String message, String hint, Range where) {
        return new Diagnostic(where, message + (hint == null ? "" : "\nhint: " + hint),
                severity == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "caplan", code);
    }

    static SymbolKind symbolKind(NameOccurrence name) {
        String kind = name.kind();
        if (kind.startsWith("area")) {
            return SymbolKind.Enum;
        }
        return switch (kind) {
            case "location" -> SymbolKind.Object;
            case "table" -> SymbolKind.Struct;
            case "let" -> SymbolKind.Variable;
            case "report" -> SymbolKind.Interface;
            case "quota" -> SymbolKind.Constant;
            case "key" -> SymbolKind.Key;
            case "scenario" -> SymbolKind.Namespace;
            case "kind", "group" -> SymbolKind.EnumMember;
            case "function" -> SymbolKind.Function;
            default -> SymbolKind.Field;
        };
    }

    static CompletionItemKind completionKind(String kind) {
        if (kind.startsWith("area")) {
            return CompletionItemKind.Enum;
        }
        return switch (kind) {
            case "location" -> CompletionItemKind.Value;
            case "table" -> CompletionItemKind.Struct;
            case "let" -> CompletionItemKind.Variable;
            case "report" -> CompletionItemKind.Interface;
            case "quota" -> CompletionItemKind.Constant;
            case "key" -> CompletionItemKind.Property;
            case "scenario" -> CompletionItemKind.Module;
            case "kind", "group" -> CompletionItemKind.EnumMember;
            case "function" -> CompletionItemKind.Function;
            case "keyword" -> CompletionItemKind.Keyword;
            case "period", "date (places change)", "range of periods" -> CompletionItemKind.Unit;
            case "filter" -> CompletionItemKind.Field;
            case "option" -> CompletionItemKind.EnumMember;
            default -> CompletionItemKind.Text;
        };
    }
}
