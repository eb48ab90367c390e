package dev.caplan.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period text a plan author writes: "2023-01-01", "2023-W01", "2023-01", "2023-Q1", "2023-H1",
 * "2023".
 *
 * <p>The shapes are recognised first and the numbers checked afterwards, so that "2023-02-30" gets a
 * message about February rather than a generic "not a period". Nothing here throws for bad text.
 */
public final class PeriodParser {

    /** Years a plan may use; four digits keep labels and sorting simple. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    private static final Pattern DAY = Pattern.compile("(\\d+)-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d+)-W(\\d+)");
    private static final Pattern MONTH = Pattern.compile("(\\d+)-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d+)-Q(\\d+)");
    private static final Pattern HALF = Pattern.compile("(\\d+)-H(\\d+)");
    private static final Pattern YEAR = Pattern.compile("(\\d+)");

    /** The forms, for messages about text that is none of them. */
    private static final String FORMS = "write 2023-01-01, 2023-W01, 2023-01, 2023-Q1, 2023-H1 or 2023";

    private PeriodParser() {
    }

    /** Parses one period; the result carries either the period or a message, never both. */
    public static PeriodParse parse(String text) {
        if (text == null || text.isEmpty()) {
            return PeriodParse.failure("no period given: " + FORMS);
        }
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            return parseDay(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = WEEK.matcher(text)).matches()) {
            return parseWeek(m.group(1), m.group(2));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return parsePart(m.group(1), m.group(2), PeriodKind.MONTH);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return parsePart(m.group(1), m.group(2), PeriodKind.QUARTER);
        }
        if ((m = HALF.matcher(text)).matches()) {
            return parsePart(m.group(1), m.group(2), PeriodKind.HALF_YEAR);
        }
        if ((m = YEAR.matcher(text)).matches()) {
            String yearError = checkYear(m.group(1));
            return yearError != null ? PeriodParse.failure(yearError)
                    : periodStarting(PeriodKind.YEAR, Integer.parseInt(m.group(1)), 1, 1);
        }
        return PeriodParse.failure("\"" + text + "\" is not a period: " + FORMS);
    }

    private static PeriodParse parseDay(String text, String yearText, String monthText, String dayText) {
        String error = checkYear(yearText);
        if (error == null) {
            error = checkPartNumber(monthText, PeriodKind.MONTH);
        }
        if (error != null) {
            return PeriodParse.failure(error);
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(yearText), Integer.parseInt(monthText));
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            String monthName = yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return PeriodParse.failure(text + " is not a date: " + monthName + " " + yearMonth.getYear()
                    + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return periodStarting(PeriodKind.DAY, yearMonth.getYear(), yearMonth.getMonthValue(), day);
    }

    /** Months, quarters and halves: "year-part" where the part numbers the period within the year. */
    private static PeriodParse parsePart(String yearText, String partText, PeriodKind kind) {
        String error = checkYear(yearText);
        if (error == null) {
            error = checkPartNumber(partText, kind);
        }
        if (error != null) {
            return PeriodParse.failure(error);
        }
        int firstMonth = (Integer.parseInt(partText) - 1) * kind.months() + 1;
        return periodStarting(kind, Integer.parseInt(yearText), firstMonth, 1);
    }

    /**
     * An ISO 8601 week: Monday to Sunday, week 1 being the week that holds the year's first Thursday
     * (so the one with 4 January). A year has 52 weeks, or 53 when it begins or ends on a Thursday;
     * the last week is the one that holds 28 December.
     */
    private static PeriodParse parseWeek(String yearText, String weekText) {
        String error = checkYear(yearText);
        if (error != null) {
            return PeriodParse.failure(error, PeriodParse.WEEK_HINT);
        }
        int year = Integer.parseInt(yearText);
        int weeks = weeksIn(year);
        boolean inRange = weekText.length() == 2 && Integer.parseInt(weekText) >= 1
                && Integer.parseInt(weekText) <= weeks;
        if (!inRange) {
            return PeriodParse.failure("week W" + weekText + " does not exist (the weeks of " + yearText + " run W01–W"
                    + weeks + ")", PeriodParse.WEEK_HINT);
        }
        int fourthOfJanuary = Days.of(year, 1, 4);
        int firstMonday = PeriodKind.WEEK.startOfPeriodContaining(fourthOfJanuary);
        int start = firstMonday + (Integer.parseInt(weekText) - 1) * PeriodKind.DAYS_PER_WEEK;
        return PeriodParse.ok(Period.containing(PeriodKind.WEEK, start));
    }

    /** 52 or 53: the number of the week that holds 28 December, which is always the year's last week. */
    static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static String checkYear(String yearText) {
        boolean inRange = yearText.length() == 4 && Integer.parseInt(yearText) >= FIRST_YEAR;
        return inRange ? null
                : "year " + yearText + " is outside the supported years " + FIRST_YEAR + "–" + LAST_YEAR;
    }

    private static String checkPartNumber(String partText, PeriodKind kind) {
        int periodsPerYear = 12 / kind.months();
        int digits = kind == PeriodKind.MONTH ? 2 : 1;
        boolean inRange = partText.length() == digits && Integer.parseInt(partText) >= 1
                && Integer.parseInt(partText) <= periodsPerYear;
        if (inRange) {
            return null;
        }
        return switch (kind) {
            case MONTH -> "month " + partText + " does not exist (months run 01–12)";
            case QUARTER -> "quarter Q" + partText + " does not exist (quarters run Q1–Q4)";
            case HALF_YEAR -> "half-year H" + partText + " does not exist (half-years run H1–H2)";
            default -> throw new IllegalStateException("no numbered parts in a " + kind);
        };
    }

    private static PeriodParse periodStarting(PeriodKind kind, int year, int month, int day) {
        int start = Math.toIntExact(LocalDate.of(year, Month.of(month), day).toEpochDay());
        return PeriodParse.ok(Period.containing(kind, start));
    }
}
