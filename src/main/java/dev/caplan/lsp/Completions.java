package dev.caplan.lsp;

import dev.caplan.engine.EditorFacts;
import dev.caplan.engine.EditorModel;
import dev.caplan.engine.NameOccurrence;
import dev.caplan.engine.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion in context, from the text before the cursor on its line and the block it is in
 * ({@link CompletionSite}): after {@code at}, {@code on}, {@code from}, {@code until} and
 * {@code during} the days and periods of the reference date and the days places change; after
 * {@code over} and {@code columns} ranges of periods; after {@code [} areas, locations and the
 * filter words; after {@code kind}, {@code group}, {@code by} and {@code in} the names of that
 * sort; after {@code exercise option} the locations' options; at the start of a line the words that
 * start a declaration, or a line of the block it is in; inside a quoted name the names; elsewhere
 * names with their kind, built-in functions with their documentation, and keywords.
 */
final class Completions {
    /** Completion offers at most this many items; the editor asks again as more is typed. */
    static final int MAX_COMPLETIONS = 500;

    /** Where a typed space is no reason to offer anything: a line's start and an expression take any word. */
    private static final Set<CompletionSite.Place> ANYWHERE = EnumSet.of(CompletionSite.Place.EXPRESSION,
            CompletionSite.Place.LINE_START, CompletionSite.Place.QUOTA_LINE, CompletionSite.Place.COMMENT,
            CompletionSite.Place.NEW_NAME);

    private final LastFacts facts;

    Completions(LastFacts facts) {
        this.facts = facts;
    }

    /** One thing to offer: what it is called, its sort (a kind of name, "keyword", "period"), what it inserts. */
    private record Offer(String label, String sort, String inserted) {
    }

    /**
     * The completions at the cursor. {@code afterSpace}: asked because a space was typed, which
     * answers only where a space leads to a sort of word ({@code at }, {@code kind }, {@code exercise
     * option }), not after every word of an expression.
     */
    CompletionList of(Documents.At at, LocalDate day, boolean afterSpace) {
        Word word = Word.before(at.text(), at.offset(), false);
        int periodStart = periodStart(at.text(), at.offset());
        CompletionSite context = CompletionSite.at(at.text(), word.quoted() ? word.start() : periodStart);
        if (!word.quoted() && (context.place() == CompletionSite.Place.DAY
                || context.place() == CompletionSite.Place.RANGE)) {
            word = new Word(periodStart, at.offset(), at.text().substring(periodStart, at.offset()), false);
        }
        EditorModel model = at.model();
        EditorFacts known = facts.of(model, day);
        Map<String, Offer> offers = new LinkedHashMap<>();
        if (afterSpace && (word.quoted() || ANYWHERE.contains(context.place()))) {
            return new CompletionList(false, List.of());
        }
        if (word.quoted()) {
            names(model, sort -> true, offers);
        } else {
            switch (context.place()) {
                case COMMENT, NEW_NAME -> { }
                case DAY -> {
                    known.periodsOfTheDay().forEach(p -> offer(offers, p, "period"));
                    known.changeDays().forEach(d -> offer(offers, d, "date (places change)"));
                }
                case RANGE -> ranges(day).forEach(r -> offer(offers, r, "range of periods"));
                case SELECTOR -> {
                    names(model, sort -> sort.startsWith("area") || sort.equals("location"), offers);
                    List.of("kind", "location", "group", "table", "area").forEach(w -> offer(offers, w, "filter"));
                }
                case QUOTA_AREA, AREA -> names(model, sort -> sort.startsWith("area"), offers);
                case KIND -> names(model, sort -> sort.equals("kind"), offers);
                case LOCATION -> names(model, sort -> sort.equals("location"), offers);
                case TABLE -> names(model, sort -> sort.equals("table"), offers);
                case GROUP -> names(model, sort -> sort.equals("group"), offers);
                case BY -> {
                    names(model, sort -> sort.equals("key"), offers);
                    List.of("kind", "location", "table", "country", "province", "region", "municipality")
                            .forEach(w -> offer(offers, w, "keyword"));
                }
                case OPTION -> known.optionReferences().forEach(o -> offers.putIfAbsent(o, new Offer(o, "option", o)));
                case EXERCISE -> List.of("option", "options").forEach(w -> offer(offers, w, "keyword"));
                case LINE_START -> context.lineWords().forEach(w -> offer(offers, w, "keyword"));
                case QUOTA_LINE -> {
                    names(model, sort -> sort.startsWith("area"), offers);
                    offer(offers, "carry", "keyword");
                }
                case EXPRESSION -> {
                    names(model, sort -> true, offers);
                    EditorModel.functions().forEach(f -> offer(offers, f, "function"));
                    EditorModel.keywords().stream().sorted().forEach(k -> offer(offers, k, "keyword"));
                }
            }
        }
        return list(at, word, offers);
    }

    /** Where a date or period being typed starts ({@code 2023-0}: a word stops at the dash). */
    private static int periodStart(String text, int offset) {
        int start = offset;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return start;
    }

    private static void offer(Map<String, Offer> offers, String word, String sort) {
        offers.putIfAbsent(word, new Offer(word, sort, word));
    }

    /** The declared names whose sort {@code wanted} accepts, each as it must be typed. */
    private static void names(EditorModel model, Predicate<String> wanted, Map<String, Offer> offers) {
        for (NameOccurrence declaration : model.declarations()) {
            if (wanted.test(declaration.kind())) {
                offers.putIfAbsent(declaration.name(), new Offer(declaration.name(), declaration.kind(),
                        Session.asWritten(declaration.name())));
            }
        }
    }

    /** Ranges of periods around the reference date, as a report's columns or a function's {@code over} take them. */
    private static List<String> ranges(LocalDate day) {
        int year = day.getYear();
        return List.of(year + "-01 .. " + year + "-12 monthly", year + "-Q1 .. " + year + "-Q4",
                year + "-H1 .. " + (year + 1) + "-H2", year + " .. " + (year + 2), year + "-H" + (day.getMonthValue() < 7 ? 1 : 2),
                String.valueOf(year), day + " .. " + day.plusMonths(6) + " monthly");
    }

    private static CompletionList list(Documents.At at, Word word, Map<String, Offer> offers) {
        String typed = word.text().toLowerCase(Locale.ROOT);
        List<CompletionItem> items = new ArrayList<>();
        boolean more = false;
        for (Offer offer : offers.values()) {
            if (!offer.label().toLowerCase(Locale.ROOT).startsWith(typed)) {
                continue;
            }
            if (items.size() == MAX_COMPLETIONS) {
                more = true;
                break;
            }
            CompletionItem item = new CompletionItem(offer.label());
            item.setKind(Protocol.completionKind(offer.sort()));
            item.setDetail(offer.sort());
            item.setFilterText(word.quoted() ? offer.inserted() : offer.label());
            item.setTextEdit(Either.forLeft(new TextEdit(at.lines().range(word.start(), at.offset()), offer.inserted())));
            if (offer.sort().equals("function")) {
                EditorModel.functionDocumentation(offer.label())
                        .ifPresent(doc -> item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, doc)));
            }
            items.add(item);
        }
        return new CompletionList(more, items);
    }

}
