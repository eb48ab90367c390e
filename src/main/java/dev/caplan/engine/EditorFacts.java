package dev.caplan.engine;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.CheckedCheck;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Column;
import dev.caplan.diag.Visible;
import dev.caplan.eval.CheckRunner;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.Value;
import dev.caplan.output.Findings;
import dev.caplan.output.HtmlTableRenderer;
import dev.caplan.output.Prose;
import dev.caplan.result.Finding;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.source.Span;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor shows beside a model's text, read from the model as evaluated: the value of each
 * {@code let} and the outcome of each {@code check} where its declaration ends (before a comment
 * on its line), more about a quota and
 * a let on hover (per-area amounts and shares; firm value and range), and the words completion
 * offers in context (the days places change, option references, the words that start a
 * declaration). Values come only from an evaluation of exactly the editor's text: while the text
 * has errors there are none, rather than numbers of an older text beside the new one.
 */
public final class EditorFacts {
    /** At most this many columns of a check are looked through for its closest day. */
    private static final int MAX_CHECK_DAYS = 400;
    /** At most this many areas of a quota on hover: each is an evaluation, and hover must be quick. */
    private static final int MAX_QUOTA_AREAS = 8;

    private static final Pattern MARKDOWN_MARKS = Pattern.compile("[\\\\`*_{}\\[\\]()<>#+!|~]");

    private final EditorModel model;
    private final Evaluator evaluator;
    private final LocalDate day;
    private List<Finding> findings;

    public EditorFacts(EditorModel model, LocalDate day) {
        this.model = model;
        this.evaluator = model.currentEvaluator();
        this.day = day;
    }

    /** Whether these facts are of {@code other} on {@code otherDay} (so they can be reused). */
    public boolean isOf(EditorModel other, LocalDate otherDay) {
        return model == other && day.equals(otherDay);
    }

    /** A short note at {@code offset} (where a declaration ends), and a longer text for a tooltip. */
    public record LineNote(int offset, String label, String detail) {
    }

    /** The notes of the lets and checks of {@code file} whose lines start in {@code from .. to} (offsets). */
    public List<LineNote> lineNotes(Path file, int from, int to) {
        if (evaluator == null) {
            return List.of();
        }
        Path key = Workspace.key(file);
        List<LineNote> notes = new ArrayList<>();
        for (SourceUnit unit : model.units()) {
            if (unit.file().path() == null || !Workspace.key(unit.file().path()).equals(key)) {
                continue;
            }
            for (Item item : unit.items()) {
                Span span = item.span();
                if (span == null || span.start() < from || span.start() > to) {
                    continue;
                }
                Optional<LineNote> note = item instanceof Item.Let let ? letNote(let)
                        : item instanceof Item.Check check ? checkNote(check) : Optional.empty();
                note.ifPresent(notes::add);
            }
        }
        return notes;
    }

    private Optional<LineNote> letNote(Item.Let let) {
        return letValue(let.name().text()).map(shown -> new LineNote(let.span().end(),
                "= " + HtmlTableRenderer.text(shown.cell(), shown.format()),
                let.name().text() + " " + shown.when() + ": " + Prose.amount(shown.cell())));
    }

    /** One value and when it is of: a level on the day, a flow in the period holding the day. */
    private record Shown(ResultCell cell, NumberFormat format, String when) {
    }

    /**
     * The value of an expression on the day, or, for a flow ({@code per} its kind of period), in the
     * period holding the day; empty for a grouped value or one that cannot be had.
     */
    private Optional<Shown> valueOf(String expression, PeriodKind per) {
        String when = per == null ? day.toString() : Period.containing(per, (int) day.toEpochDay()).label();
        ResultTable table = new Plan(evaluator, model.units()).query(expression, when, null).value();
        if (table == null || table.rows().size() != 1 || table.rows().get(0).cells().size() != 1) {
            return Optional.empty();
        }
        ResultRow row = table.rows().get(0);
        return Optional.of(new Shown(row.cells().get(0), row.format(), (per == null ? "on " : "in ") + when));
    }

    /** A let's value, on the day or in its period when it is a flow. */
    private Optional<Shown> letValue(String name) {
        Outcome<Value> value = Outcome.guarded(() -> evaluator.definition(name));
        PeriodKind per = value.value() instanceof Value.Single single ? single.per() : null;
        return value.value() == null ? Optional.empty() : valueOf(Session.asWritten(name), per);
    }

    private Optional<LineNote> checkNote(Item.Check check) {
        Optional<CheckedCheck> checked = evaluator.model().checks().stream().filter(c -> c.item() == check).findFirst();
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Span condition = check.condition().span();
        List<Finding> found = findings().stream().filter(f -> condition.equals(conditionOf(f))).toList();
        int at = check.span().end();
        for (Finding finding : found) {
            if (finding.code().failsACheck()) {
                return Optional.of(new LineNote(at, "✗ " + Findings.outcome(finding), Findings.diagnostic(finding).message()));
            }
        }
        String sides = closestDay(checked.get());
        if (!found.isEmpty()) {
            return Optional.of(new LineNote(at, "✓? holds only counting tentative values" + sides,
                    Findings.diagnostic(found.get(0)).message()));
        }
        return Optional.of(new LineNote(at, "✓ holds" + sides, "the check holds on every day it judges"
                + (sides.isEmpty() ? "" : "; closest" + sides)));
    }

    private List<Finding> findings() {
        if (findings == null) {
            findings = Outcome.guarded(() -> new CheckRunner(evaluator).run()).value();
            findings = findings == null ? List.of() : findings;
        }
        return findings;
    }

    private static Span conditionOf(Finding finding) {
        if (finding instanceof Finding.CheckFails fails) {
            return fails.condition();
        }
        if (finding instanceof Finding.HoldsOnlyTentatively holds) {
            return holds.condition();
        }
        return finding instanceof Finding.CheckUnknown unknown ? unknown.condition() : null;
    }

    /**
     * For a check that compares two sides: " on D: left = 1965?, 1836" on the day of its columns
     * where the sides are closest (the reference day for a check on every day); else nothing.
     */
    private String closestDay(CheckedCheck check) {
        if (!(check.item().condition() instanceof Expr.Binary binary) || !binary.op().isComparison()) {
            return "";
        }
        Outcome<Value> left = Outcome.guarded(() -> evaluator.evaluate(binary.left()));
        Outcome<Value> right = Outcome.guarded(() -> evaluator.evaluate(binary.right()));
        if (!(left.value() instanceof Value.Single l) || !(right.value() instanceof Value.Single r)) {
            return "";
        }
        List<Integer> days = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Column column : check.columns().subList(0, Math.min(MAX_CHECK_DAYS, check.columns().size()))) {
            days.add(column.start());
            labels.add(column.label());
        }
        if (days.isEmpty()) {
            days.add((int) day.toEpochDay());
            labels.add(day.toString());
        }
        int closest = -1;
        BigDecimal gap = null;
        for (int i = 0; i < days.size(); i++) {
            int d = days.get(i);
            if (l.isKnownAt(d) && r.isKnownAt(d)) {
                BigDecimal distance = l.expected().valueAt(d).subtract(r.expected().valueAt(d)).abs();
                if (gap == null || distance.compareTo(gap) < 0) {
                    gap = distance;
                    closest = i;
                }
            }
        }
        if (closest < 0) {
            return "";
        }
        int d = days.get(closest);
        return " on " + labels.get(closest) + ": " + side(binary.left(), l, d) + ", " + side(binary.right(), r, d);
    }

    private static String side(Expr expr, Value.Single value, int d) {
        String shown = HtmlTableRenderer.text(new ResultCell(value.expected().valueAt(d), value.firm().valueAt(d)),
                NumberFormat.PLAIN);
        return expr instanceof Expr.Number ? shown : Visible.text(expr.span().text()) + " = " + shown;
    }

    // --- hover

    /**
     * More about a quota, in Markdown: its amount on the day (a flow: in the period holding the
     * day) in each area it has lines for or its key gives a share to, with that share.
     */
    public Optional<String> quotaDetails(String name) {
        CheckedQuota quota = evaluator == null ? null : evaluator.model().quotas().get(name);
        if (quota == null) {
            return Optional.empty();
        }
        Set<String> areas = new LinkedHashSet<>();
        evaluator.model().areas().keySet().stream().filter(quota.lines()::containsKey).forEach(areas::add);
        if (quota.key() != null) {
            areas.addAll(quota.key().values().keySet());
        }
        StringBuilder text = new StringBuilder("\n| area | amount | share |\n|---|---|---|\n");
        String when = null;
        for (String area : areas.stream().limit(MAX_QUOTA_AREAS).toList()) {
            Optional<Shown> shown = valueOf(Session.asWritten(name) + "[" + Session.asWritten(area) + "]",
                    quota.flow() ? quota.per() : null);
            String amount = shown.map(s -> Prose.amount(s.cell())).orElse("-");
            when = shown.map(Shown::when).orElse(when);
            BigDecimal share = quota.key() == null ? null : quota.key().values().get(area);
            String shareText = share == null ? "" : quota.key().shares() ? Prose.share(share) + " of its parent"
                    : "weight " + Prose.exact(share);
            text.append("| ").append(cell(area)).append(" | ").append(cell(amount)).append(" | ")
                    .append(shareText).append(" |\n");
        }
        if (areas.size() > MAX_QUOTA_AREAS) {
            text.append("\nand ").append(areas.size() - MAX_QUOTA_AREAS).append(" more areas (`caplan query` gives any: `")
                    .append(Session.asWritten(name)).append("[AREA]`)\n");
        }
        return areas.isEmpty() ? Optional.empty() : Optional.of("\namounts " + (when == null ? "on " + day : when)
                + (quota.key() == null ? "" : ", shares by key `" + quota.key().name() + "`") + ":\n" + text);
    }

    /**
     * More about a let, in Markdown: its firm value and its range when it has them; for a flow its
     * value in the period holding the day too (the description shows a level's value on the day).
     */
    public Optional<String> letDetails(String name) {
        if (evaluator == null || !evaluator.model().lets().containsKey(name)) {
            return Optional.empty();
        }
        return letValue(name).map(shown -> {
            ResultCell cell = shown.cell();
            StringBuilder text = new StringBuilder("\n");
            if (shown.when().startsWith("in ")) { // a flow: the description's value on one day cannot be had
                text.append("- value ").append(shown.when()).append(": `").append(HtmlTableRenderer.text(cell, shown.format()))
                        .append("`\n");
            }
            if (cell.isKnown()) {
                text.append("- firm value: `").append(HtmlTableRenderer.text(ResultCell.firm(cell.firm()), shown.format()))
                        .append(cell.tentative() ? "` (tentative values left out)\n" : "` (nothing tentative)\n");
            }
            if (cell.hasBounds()) {
                text.append("- range: `").append(HtmlTableRenderer.text(ResultCell.firm(cell.low()), shown.format()))
                        .append("` to `").append(HtmlTableRenderer.text(ResultCell.firm(cell.high()), shown.format()))
                        .append("`\n");
            }
            return text.toString();
        }).filter(text -> !text.isBlank());
    }

    /**
     * More about a location, in Markdown: its options as written, which a scenario's
     * {@code exercise option} takes up (the description already gives its places per segment).
     */
    public Optional<String> locationDetails(String name) {
        StringBuilder text = new StringBuilder();
        for (SourceUnit unit : model.units()) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Location location && location.name().text().equals(name)) {
                    for (LocationEntry entry : location.entries()) {
                        if (entry instanceof LocationEntry.Option option && option.span() != null) {
                            text.append("- `").append(Visible.text(option.span().text()).replace("`", "'")).append("`\n");
                        }
                    }
                }
            }
        }
        return text.isEmpty() ? Optional.empty()
                : Optional.of("\noptions (a scenario takes them up with `exercise option`):\n\n" + text);
    }

    /** Text from the model in a Markdown table's cell: its marks escaped, so a name shows as written. */
    private static String cell(String text) {
        return MARKDOWN_MARKS.matcher(text).replaceAll("\\\\$0");
    }

    // --- completion

    /** The days on which some location's places change, as dates to complete. */
    public List<String> changeDays() {
        return evaluator == null ? List.of() : Session.placeChangeDays(evaluator.model());
    }

    /** What a scenario's {@code exercise option} may name: each location's options, as typed. */
    public List<String> optionReferences() {
        List<String> found = new ArrayList<>();
        for (SourceUnit unit : model.units()) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Location location) {
                    for (LocationEntry entry : location.entries()) {
                        if (entry instanceof LocationEntry.Option option) {
                            found.add(Session.asWritten(location.name().text()) + " " + (option.name() != null
                                    ? Session.asWritten(option.name().text()) : option.extend() ? "extend" : "expand"));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The words that start a declaration, each once: {@code location}, {@code let}, {@code country}, ... */
    public static List<String> declarationWords() {
        List<String> words = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kind == ItemKind.AREAS) {
                words.addAll(List.of("country", "province", "region", "municipality"));
            } else {
                words.add(kind.word());
            }
        }
        return words;
    }

    /** The words of a day from the reference day: the day itself, its month, quarter, half year and year. */
    public List<String> periodsOfTheDay() {
        int on = (int) day.toEpochDay();
        List<String> periods = new ArrayList<>();
        periods.add(Days.format(on));
        for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)) {
            periods.add(Period.containing(kind, on).label());
        }
        return periods;
    }
}
