package dev.caplan.source;

/**
 * The limits every stage keeps, in one place, so that no input can exhaust the stack, the heap
 * or the user's patience: parse, check, evaluate, explain, print and the REPL refuse what lies
 * past them with a located diagnostic (E-LIMIT) instead of failing somewhere deep inside.
 * docs/language.md ("Limits") and docs/reliability.md list them with the tests at N and N + 1.
 */
public final class Limits {
    /** Brackets ({@code ( [ {}) open at one place, and signs in a row ({@code - - x}). */
    public static final int NESTING = 64;
    /** Operators in one declaration or expression: {@code a + b + ...} has one fewer than its terms. */
    public static final int OPERATORS = 1_000;
    /** Characters in a name (bare or quoted). */
    public static final int NAME_LENGTH = 200;
    /** Characters in a text in quotes that is not a name (a title, a note). */
    public static final int TEXT_LENGTH = 2_000;
    /** Digits in a number as written (before and after the point, without {@code _}). */
    public static final int DIGITS = 18;
    /** Decimals {@code round(x, digits)} may round to. */
    public static final int ROUND_DIGITS = 10;
    /** Definitions that use one another in a chain ({@code a} uses {@code b} uses {@code c} ...). */
    public static final int DEFINITION_CHAIN = 256;
    /** Scenarios extending one another in a chain. */
    public static final int SCENARIO_CHAIN = 32;
    /** Cells (rows × columns) one report or query may lay out. */
    public static final long CELLS = 2_000_000L;
    /** Series in one chart (caplan chart, a memo's chart, the REPL's :chart): more is no chart anyone can read, nor a legend. */
    public static final int CHART_SERIES = 24;
    /**
     * Steps or bars per series of one chart: more is wider than a page is in pixels, and in the
     * REPL's :chart (a line per bar) longer than anyone scrolls back through.
     */
    public static final int CHART_BARS = 1_500;
    /** Characters in one REPL input. */
    public static final int REPL_INPUT = 1_000_000;
    /** Diagnostics printed for one load or run; the rest are counted in one line. */
    public static final int DIAGNOSTICS_SHOWN = 100;
    /** Columns of a source line shown under a diagnostic: a longer line shows a window around the caret. */
    public static final int EXCERPT_WIDTH = 200;

    /** Bytes in one model file: 10 MB. A read stops one byte past it, whatever the file system says. */
    public static final long FILE_BYTES = 10_485_760L;
    /** Bytes in all the files of one model together: 100 MB. */
    public static final long MODEL_BYTES = 104_857_600L;
    /** Imports in a chain: a file imports one that imports one ... */
    public static final int IMPORT_DEPTH = 32;
    /** Files in one model (arguments, files in its folders, imports). */
    public static final int FILES = 1_000;

    private Limits() {
    }
}
