package dev.caplan.lsp;

import dev.caplan.engine.EditorFacts;
import dev.caplan.engine.EditorModel;
import dev.caplan.engine.NameOccurrence;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What hover shows: for a name, the engine's description (its kind, declaration and value; a
 * location's places per segment), and more for a quota (its amount and share in each area), a
 * let (its firm value and range) and a location (its options); for a built-in function, its form and one line of documentation.
 */
final class Hovers {
    private final LastFacts facts;

    Hovers(LastFacts facts) {
        this.facts = facts;
    }

    Hover of(Documents.At at, LocalDate day) {
        Optional<NameOccurrence> name = at.name();
        if (name.isPresent()) {
            return at.model().describe(name.get(), day)
                    .map(text -> text + more(at.model(), name.get(), day))
                    .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), Protocol.range(name.get().span())))
                    .orElse(null);
        }
        Word word = Word.before(at.text(), at.offset(), true);
        return EditorModel.functionDocumentation(word.text())
                .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), at.lines().range(word.start(), word.end())))
                .orElse(null);
    }

    private String more(EditorModel model, NameOccurrence name, LocalDate day) {
        EditorFacts known = facts.of(model, day);
        return switch (name.kind()) {
            case "quota" -> known.quotaDetails(name.name()).orElse("");
            case "let" -> known.letDetails(name.name()).orElse("");
            case "location" -> known.locationDetails(name.name()).orElse("");
            default -> "";
        };
    }
}
