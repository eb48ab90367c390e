package dev.caplan.check;

import dev.caplan.series.Aggregation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in functions, each declared once: its name, where it applies (day by day, over a
 * period, or to a quota of an area), how many arguments of which kind it takes, what kind of value
 * it gives and one line of documentation. The checker types calls from this table, the REPL
 * completes its names, docs/language.md lists it (a test keeps the two equal), and the evaluator
 * computes each one in an exhaustive switch, so a new built-in does not compile until it is evaluated.
 *
 * <p>Function names are not keywords: {@code min} names both the day-by-day minimum and the
 * minimum over a period; which one a call means follows from whether it has {@code over}.
 */
public enum Builtin {
    MIN("min", Form.POINTWISE, 1, Integer.MAX_VALUE, Argument.SERIES, Result.WIDEST, null, null,
            "min(a, b, ...)", "the smallest, day by day (one or more arguments)"),
    MAX("max", Form.POINTWISE, 1, Integer.MAX_VALUE, Argument.SERIES, Result.WIDEST, null, null,
            "max(a, b, ...)", "the largest, day by day (one or more arguments)"),
    ABS("abs", Form.POINTWISE, 1, 1, Argument.SERIES, Result.LIKE_ARGUMENT, null, null,
            "abs(x)", "the absolute value"),
    ROUND("round", Form.POINTWISE, 1, 2, Argument.SERIES_THEN_DIGITS, Result.LIKE_ARGUMENT, null, null,
            "round(x), round(x, digits)", "rounded half away from zero to whole numbers / to `digits` decimals"),
    CUMULATIVE("cumulative", Form.POINTWISE, 1, 1, Argument.FLOW, Result.LEVEL, null, null,
            "cumulative(flow)", "the running total of a flow, as a level"),
    AVERAGE("average", Form.OVER, 1, 1, Argument.LEVEL, Result.LIKE_ARGUMENT, Aggregation.AVERAGE, null,
            "average(x over P)", "the day-weighted mean over P"),
    MIN_OVER("min", Form.OVER, 1, 1, Argument.LEVEL, Result.LIKE_ARGUMENT, Aggregation.MIN, null,
            "min(x over P)", "the smallest value on any day of P"),
    MAX_OVER("max", Form.OVER, 1, 1, Argument.LEVEL, Result.LIKE_ARGUMENT, Aggregation.MAX, null,
            "max(x over P)", "the largest value on any day of P"),
    START("start", Form.OVER, 1, 1, Argument.LEVEL, Result.LIKE_ARGUMENT, Aggregation.START, null,
            "start(x over P)", "the value on the first day of P"),
    END("end", Form.OVER, 1, 1, Argument.LEVEL, Result.LIKE_ARGUMENT, Aggregation.END, null,
            "end(x over P)", "the value on the last day of P"),
    SUM("sum", Form.OVER, 1, 1, Argument.FLOW, Result.NUMBER, null, null,
            "sum(x over P)", "for a flow: the amount over P"),
    ACTUAL("actual", Form.OF_QUOTA, 1, 1, Argument.QUOTA, Result.LIKE_ARGUMENT, null, null,
            "actual(q)", "what was realised against a quota q = NAME[AREA] (unknown where nothing is recorded)"),
    DUE("due", Form.OF_QUOTA, 1, 1, Argument.FLOW_QUOTA, Result.LIKE_ARGUMENT, null, LedgerRow.DUE,
            "due(q)", "a flow quota's ledger: quota + backlog in"),
    BACKLOG("backlog", Form.OF_QUOTA, 1, 1, Argument.FLOW_QUOTA, Result.LIKE_ARGUMENT, null, LedgerRow.BACKLOG_IN,
            "backlog(q)", "a flow quota's ledger: the backlog carried in"),
    CARRIED("carried", Form.OF_QUOTA, 1, 1, Argument.FLOW_QUOTA, Result.LIKE_ARGUMENT, null, LedgerRow.CARRIED,
            "carried(q)", "a flow quota's ledger: what is carried to the next period"),
    LEDGER("ledger", Form.OF_QUOTA, 1, 1, Argument.FLOW_QUOTA, Result.GROUPED, null, null,
            "ledger(q)", "a flow quota's whole ledger, one row each: for a report's rows or a query, not arithmetic");

    /** Where a function applies. */
    public enum Form {
        /** Day by day, to series. */
        POINTWISE,
        /** Over a period written in the call: {@code f(x over P)}. */
        OVER,
        /** To a quota of an area, {@code f(q[AREA])}. */
        OF_QUOTA
    }

    /** What the arguments must be. The second argument of {@code round} is the number of decimals. */
    public enum Argument {
        /** Any single series: a number, a level or a flow (not a grouped value). */
        SERIES,
        /** A series, then the number of decimals: a plain number, not a level. */
        SERIES_THEN_DIGITS,
        /** A level or a number, summarised over a period; not a flow. */
        LEVEL,
        /** A flow (an amount per period), added up. */
        FLOW,
        /** A quota of an area: {@code status_holders[IJsselland]}. */
        QUOTA,
        /** A quota of an area whose quota is a flow: only flows carry a backlog. */
        FLOW_QUOTA
    }

    /** What kind of value a call gives. */
    public enum Result {
        /** The argument's kind. */
        LIKE_ARGUMENT,
        /** A level if any argument is one, else a number. */
        WIDEST,
        /** A plain number. */
        NUMBER,
        /** A level. */
        LEVEL,
        /** One series per row: for showing, not arithmetic. */
        GROUPED
    }

    private final String name;
    private final Form form;
    private final int minArguments;
    private final int maxArguments;
    private final Argument argument;
    private final Result result;
    private final Aggregation aggregation;
    private final LedgerRow ledgerRow;
    private final String usage;
    private final String documentation;

    Builtin(String name, Form form, int minArguments, int maxArguments, Argument argument, Result result,
            Aggregation aggregation, LedgerRow ledgerRow, String usage, String documentation) {
        this.name = name;
        this.form = form;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.argument = argument;
        this.result = result;
        this.aggregation = aggregation;
        this.ledgerRow = ledgerRow;
        this.usage = usage;
        this.documentation = documentation;
    }

    /** The built-in a call means: by name, and by whether it has {@code over}. */
    public static Optional<Builtin> of(String name, boolean over) {
        return Arrays.stream(values()).filter(b -> b.name.equals(name) && (b.form == Form.OVER) == over).findFirst();
    }

    /** Every function name, once each, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Builtin::functionName).distinct().toList();
    }

    /** The names of the functions that summarise over a period a value of one kind, sorted. */
    static List<String> overPeriodNames(Argument argument) {
        return Arrays.stream(values()).filter(b -> b.form == Form.OVER && b.argument == argument)
                .map(Builtin::functionName).sorted().toList();
    }

    /** The same, in declaration order (the order the documentation lists them in). */
    static List<String> overPeriodNamesInOrder(Argument argument) {
        return Arrays.stream(values()).filter(b -> b.form == Form.OVER && b.argument == argument)
                .map(Builtin::functionName).toList();
    }

    /**
     * The words a report's {@code aggregate} line takes: the names of the functions that summarise
     * a level over a period, in the order of {@link Aggregation}.
     */
    static List<String> aggregationWords() {
        return Arrays.stream(Aggregation.values()).flatMap(a -> Arrays.stream(values())
                .filter(b -> b.aggregation == a).map(Builtin::functionName)).toList();
    }

    /** The aggregation a report's {@code aggregate WORD} means, if any. */
    static Optional<Aggregation> aggregationNamed(String word) {
        return Arrays.stream(values()).filter(b -> b.aggregation != null && b.name.equals(word))
                .map(Builtin::aggregation).findFirst();
    }

    public String functionName() {
        return name;
    }

    public Form form() {
        return form;
    }

    public int minArguments() {
        return minArguments;
    }

    public int maxArguments() {
        return maxArguments;
    }

    /** What the arguments must be (the same for every argument of min and max). */
    public Argument argument() {
        return argument;
    }

    public Result result() {
        return result;
    }

    /** How a function over a period summarises a level; null for the others. */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** The ledger row a function of a flow quota reads; empty for the others. */
    public Optional<LedgerRow> ledgerRow() {
        return Optional.ofNullable(ledgerRow);
    }

    /** How a call is written, as the documentation shows it. */
    public String usage() {
        return usage;
    }

    /** One line saying what the function gives. */
    public String documentation() {
        return documentation;
    }
}
