package dev.caplan.output;

import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language human output is written in ({@code --locale nl}, a memo's {@code lang: nl}): how
 * numbers, days and periods read, and caplan's own words around them (footnotes, the line above
 * a single value). English is the default and what caplan wrote before there was a choice.
 * Dutch writes {@code 1.836} and {@code 214,3}, {@code 1 juli 2023}, {@code juli 2023},
 * {@code 2e helft 2023}, {@code 3e kwartaal 2023}, {@code week 23 2023}.
 *
 * <p>Only the human formats (table, Markdown, a memo's HTML) are worded; CSV, JSON and xlsx stay
 * the same in every language, for programs. Text a model's author wrote (a report's title, a
 * location's name, a column label that is not a period) is never translated: only labels caplan
 * made from days are, which a heading tells by carrying its days.
 */
public record Wording(String language) {

    public static final Wording ENGLISH = new Wording("en");
    public static final Wording DUTCH = new Wording("nl");

    /** The languages, by the tag users give. */
    public static final List<Wording> ALL = List.of(ENGLISH, DUTCH);

    private static final List<String> DUTCH_MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * The wording for a language tag: {@code en} or {@code nl}, any case, with or without a region
     * ({@code nl-NL}, {@code nl_BE}); empty for another language.
     */
    public static Optional<Wording> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return ALL.stream().filter(w -> w.language.equals(language)).findFirst();
    }

    public boolean dutch() {
        return language.equals(DUTCH.language); // not equals(DUTCH): a record's first equals costs start-up ~10 ms
    }

    /**
     * A number as a report's format asks, in this language, without its unit: {@code 1965},
     * {@code 82.0} in English; {@code 1.965}, {@code 82,0} in Dutch, where thousands are always
     * grouped (with a point, or a space where the report asks for spaces) and the decimal mark is a comma.
     */
    public String number(BigDecimal value, NumberFormat format) {
        if (!dutch() || value == null) {
            return Numbers.formatted(value, format);
        }
        String plain = Numbers.formatted(value, new NumberFormat(format.percent(), format.decimals(), null));
        return Numbers.grouped(plain, " ".equals(format.thousands()) ? " " : ".", ",");
    }

    /** A day: {@code 2023-07-01} in English, {@code 1 juli 2023} in Dutch. */
    public String day(LocalDate day) {
        return dutch() ? day.getDayOfMonth() + " " + DUTCH_MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear()
                : day.toString();
    }

    /**
     * A column's label: a label caplan made from days ({@code 2023-07-01}, {@code 2023-H2},
     * {@code 2023-Q3}, {@code 2023-07}, {@code 2023-W23}) in this language; any other label as written.
     */
    public String label(Heading heading) {
        return heading.days() == null ? heading.label() : period(heading.label());
    }

    /** A period's or a day's label ({@code 2023-H2}) in this language; other text unchanged. */
    public String period(String label) {
        if (!dutch()) {
            return label;
        }
        Matcher m;
        if ((m = DAY.matcher(label)).matches()) {
            return day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        if ((m = MONTH.matcher(label)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return DUTCH_MONTHS.get(Integer.parseInt(m.group(2)) - 1) + " " + m.group(1);
        }
        if ((m = HALF.matcher(label)).matches()) {
            return m.group(2) + "e helft " + m.group(1);
        }
        if ((m = QUARTER.matcher(label)).matches()) {
            return m.group(2) + "e kwartaal " + m.group(1);
        }
        if ((m = WEEK.matcher(label)).matches()) {
            return "week " + Integer.parseInt(m.group(2)) + " " + m.group(1);
        }
        return label;
    }

    /** Explains the tentative mark under a table. */
    public String tentativeFootnote() {
        return dutch() ? "? = telt voorlopige waarden mee (de vaste waarde wijkt af)" : HumanText.FOOTNOTE;
    }

    /** Explains the partial mark under a table. */
    public String partialFootnote() {
        return dutch() ? "* = alleen uit de bekende dagen: sommige dagen van de periode zijn onbekend"
                : HumanText.PARTIAL_FOOTNOTE;
    }

    /** The words around a single value: " on ", "counts tentative values; firm: ", ... */
    String on() {
        return dutch() ? " op " : " on ";
    }

    String firmNote() {
        return dutch() ? " (telt voorlopige waarden mee; vast: " : " (counts tentative values; firm: ";
    }

    /** A tentative value's tooltip in a document, before its firm value. */
    String firmTitle() {
        return dutch() ? "telt voorlopige waarden mee; vast: " : "counts tentative values; firm: ";
    }

    /** An unknown value's tooltip in a document. */
    String unknownTitle() {
        return dutch() ? "onbekend" : "unknown";
    }

    String partialNote() {
        return dutch() ? " (alleen uit de bekende dagen: sommige dagen zijn onbekend)"
                : " (from the known days only: some days are unknown)";
    }

    String between() {
        return dutch() ? " (tussen " : " (between ";
    }

    String and() {
        return dutch() ? " en " : " and ";
    }

    /** Between two bounds of which one is negative, where a dash would read as a minus. */
    String to() {
        return dutch() ? " tot " : " to ";
    }
}
