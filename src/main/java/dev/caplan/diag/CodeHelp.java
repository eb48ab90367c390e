package dev.caplan.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each diagnostic code means and how to fix it, in a few sentences: the text of the error
 * catalogue ({@code docs/errors.md}, {@code caplan explain-code}) and of the rules in SARIF output.
 * Kept apart from {@link Code} so a new code compiles before it is explained; a test
 * ({@code ErrorCatalogueTest}) names every code that has no entry here.
 */
public record CodeHelp(String meaning, String fix) {

    private static final Map<Code, CodeHelp> HELP = new EnumMap<>(Code.class);

    static {
        explain(Code.SYNTAX,
                "The text does not follow caplan's grammar: a missing brace or keyword, a keyword used as a name, a "
                        + "number written the Dutch way (1.596.163, 98,5), a date written day first (07-04-2022), a "
                        + "hyphenated name left bare (Olst-Wijhe). All syntax errors of a file are reported in one run.",
                "Read the message and the hint: they say what was expected at the caret. Quote names with a hyphen or a "
                        + "space (\"Olst-Wijhe\"), write dates as YYYY-MM-DD and numbers with a point for decimals only.");
        explain(Code.IMPORT,
                "A file named by an import, or a path given on the command line, cannot be read: it does not exist, "
                        + "is not readable, or is not a caplan file.",
                "Check the path: an import is relative to the file that imports it, a path on the command line to the "
                        + "working directory.");
        explain(Code.BAD_DATE,
                "A date or period that does not exist on the calendar: 2023-02-30, month 13, quarter 5.",
                "Write a date that exists (YYYY-MM-DD), a month as YYYY-MM, a quarter as YYYY-Q1 to YYYY-Q4, a half "
                        + "year as YYYY-H1 or YYYY-H2.");
        explain(Code.NOT_WHOLE,
                "A fraction where only a whole number makes sense: places of a location, or a line of a quota that a "
                        + "key divides (the key divides whole numbers). Often a Dutch thousands separator: 75.500.",
                "Write the whole number (75500 for 75.500). A quota that needs decimals is written without a key.");
        explain(Code.THOUSANDS,
                "A warning: a number written the way Dutch writes thousands (75.000) is read with a decimal point, as "
                        + "75. The model goes on with that value.",
                "Write the number without a separator (75000), or as a decimal that is clearly one (75.0) if 75 was meant.");
        explain(Code.UNKNOWN_NAME,
                "A name that is not declared, or declared as something else than what is used here (a quota where a "
                        + "definition is expected, a kind where an area is). The hint names the closest declared name.",
                "Correct the spelling (see the hint), declare the name, or import the file that declares it.");
        explain(Code.DUPLICATE_NAME,
                "A name declared twice in one namespace; the hint points at the first declaration.",
                "Rename one of the two, or remove the second. Locations may share a name only in different areas.");
        explain(Code.WRONG_LEVEL,
                "An area used at the wrong level of the hierarchy country, province, region, municipality: a region "
                        + "declared in a country, a quota grouped by a level that is not below its area.",
                "Declare each area in an area one level up, and group by a level below the quota's area "
                        + "(q[IJsselland] by municipality, not by province).");
        explain(Code.OVERLAP,
                "Two capacity lines of one location cover the same day, so the location's places on that day are "
                        + "ambiguous. An until date is exclusive: the line ends the day before.",
                "Make the lines follow each other: end the first (until D) on the day the second starts (from D).");
        explain(Code.EMPTY_PERIOD,
                "A capacity line whose until is not after its from, a range that ends before it starts, or a table "
                        + "whose until is not after its last column: a period with no days in it.",
                "Swap or correct the dates. Remember that until is exclusive: from 2023-04-01 until 2023-04-01 has "
                        + "no day; until 2023-04-02 has one.");
        explain(Code.TABLE_SHAPE,
                "A row of a grid whose number of cells differs from the number of columns in its header, or columns "
                        + "that are not in date order.",
                "Give every row one cell per column (- for no value, ? for an unknown one), and order the columns by date.");
        explain(Code.CYCLE,
                "Definitions that use each other in a circle (a -> b -> a), or scenarios that extend each other in a "
                        + "circle, so none of them can be computed first.",
                "Break the circle: compute one of them from inputs that do not depend on the others.");
        explain(Code.LEVEL_AS_NUMBER,
                "A level (places on a day) used where a plain number is expected: capacity * capacity, 5 / capacity.",
                "Multiply or divide a level by a plain number, or compare levels; take a value at a day (x at "
                        + "2023-01-01) where one number is meant.");
        explain(Code.GROUPED_VALUE,
                "A grouped value (... by kind) used where a single series is expected, such as in arithmetic, or a "
                        + "grouping that does not apply (a quota grouped by something else than areas).",
                "Select one group (capacity[kind = AZC]) or sum the groups, and group a quota only by a level of areas "
                        + "within its area.");
        explain(Code.UNKNOWN_FUNCTION,
                "A function that does not exist, or a call with the wrong number or kind of arguments.",
                "See the table of functions in docs/language.md; the hint names the closest function.");
        explain(Code.BAD_RANGE,
                "A range of periods that cannot be stepped through: periods of different kinds without a step, an "
                        + "unknown step, or too many elements.",
                "Give both ends the same kind of period, or add a step (monthly, quarterly, ...), and keep the range "
                        + "within caplan's limits.");
        explain(Code.BAD_REPORT,
                "A report without rows or columns, an unknown aggregate word, or a format line that is not well formed "
                        + "(an unknown word, a missing argument, a word twice, two format lines).",
                "Give the report at least one row and one column, and write its format as in docs/language.md "
                        + "(format percent 1, format thousands).");
        explain(Code.ARITHMETIC,
                "A computation without a result: a number too large, one number asked for on a day its divisor is 0, "
                        + "or the cumulative of a flow that has no end.",
                "Guard the divisor (if known, or a condition), give the flow an end, or ask on a day with a value.");
        explain(Code.LEVEL_FLOW,
                "A level (places on a day) and a flow (a number per period) mixed, flows of different periods "
                        + "combined, a flow taken at a day, or a function that wants the other kind.",
                "Turn one into the other first: a level's average over a period, a flow's sum or cumulative; ask a "
                        + "flow over a period, not at a day.");
        explain(Code.QUOTA,
                "A quota or actual that is not well formed: a flow without per, a period of the wrong kind, a line "
                        + "that does not fit the quota's kind, an unknown carry policy, two lines of one area from one date.",
                "Compare the quota with the examples in docs/language.md (quotas and actuals); the message names the line.");
        explain(Code.KEY,
                "A distribution key that cannot divide a quota: neither shares nor weights, a share outside 0-100 %, "
                        + "shares of one parent above 100 %, a negative weight, an area without a parent.",
                "Correct the share or weight the message names; shares of the areas in one parent add up to at most 100 %.");
        explain(Code.REPORTED_FORM,
                "A reported figure compared with a series or a condition instead of one number, or a check whose "
                        + "expression is not a condition.",
                "Say when the figure holds (... at 2023-01-01, or sum(x over 2023-H1)); write a check as a comparison.");
        explain(Code.CHECK_FAILED,
                "A check that does not hold on some of the days it judges. The message names the days and both sides' "
                        + "values; the hint lists places that end shortly before. caplan check exits 1.",
                "Change the plan (add places, extend a contract) or the check, if its target was wrong; caplan explain "
                        + "shows how each side was computed.");
        explain(Code.CHECK_UNKNOWN,
                "A check that cannot be judged on some days, because a value in it is unknown there (no quota line, "
                        + "nothing realised yet, a ? cell). It counts as failing: caplan check exits 1.",
                "Give the missing values, or add if known to the check to judge only the days whose values are known.");
        explain(Code.CHECK_TENTATIVE,
                "A warning: a check holds only by counting tentative values (places marked with ?, such as extensions "
                        + "not yet granted); with firm values alone it fails on the days named.",
                "Nothing is wrong yet; firm up the tentative places, or plan for the days named.");
        explain(Code.SCENARIO,
                "A scenario that replaces or drops a declaration the model does not have, or exercises an option a "
                        + "location does not have.",
                "Correct the name (see the hint), or add the declaration with add instead of replace.");
        explain(Code.REPORTED_MISMATCH,
                "A warning: a figure printed in a memo (reported ...) that the model does not reproduce within the "
                        + "tolerance, half a unit of the figure's last digit unless it says otherwise.",
                "Fix the model, or the expression that should give the figure, or note why the memo differs.");
        explain(Code.LIMIT,
                "An input past one of caplan's limits: nested too deep, too many operators, a name, text or number "
                        + "too long, a report larger than a spreadsheet sheet holds (--format xlsx: 16,384 columns). "
                        + "The limits keep a malformed or hostile file from exhausting memory or time.",
                "Split the expression or the file, or give the report fewer columns (a longer step); the limits are "
                        + "listed in docs/language.md.");
        explain(Code.MEMO,
                "A memo (caplan render) that cannot be read as one: front matter that names no model or has an "
                        + "unknown key, a line of a caplan block that is not report, query, checks or explain, a report "
                        + "the model does not have, or an inline value {{ ... }} that is not one number.",
                "Begin the memo with ---, model: PATH, ---; write one thing per block line (report table_a); say when "
                        + "for an inline value ({{ azc at 2023-07-01 }}) and show tables in a block.");
        explain(Code.USAGE,
                "A command-line argument that cannot be used, such as an unknown report or scenario name. caplan "
                        + "exits 64.",
                "See caplan help COMMAND; the hint names the closest report or scenario.");
        explain(Code.SAVE,
                "The REPL could not write a change to disk (a file or folder in the way, no permission); the files "
                        + "are as they were and the change is still in the session.",
                "Free the path or fix its permissions, then save again.");
        explain(Code.OUTSIDE_MODEL,
                "An import names a file outside the model's folder: an absolute path elsewhere, a path with .. that "
                        + "climbs out, /proc or /dev, or a symbolic link that points out. caplan never opens it, so a "
                        + "model from a pull request cannot read other files of the machine it is checked on.",
                "Keep every file of the model in its folder and import it by a relative path. A file that really "
                        + "lives elsewhere can be named on the command line next to the model.");
        explain(Code.NOT_MODEL_FILE,
                "A path that is no model file: a folder, a device, a named pipe or socket, a file without the "
                        + ".caplan extension, or a path with a NUL character. caplan reads only regular .caplan files.",
                "Name the .caplan file itself, or the folder on the command line (every .caplan file under it is read).");
        explain(Code.TOO_LARGE,
                "A file larger than 10 MB, or a model whose files add up to more than 100 MB. caplan stops reading "
                        + "one byte past the limit, so a huge or endless file cannot exhaust the machine.",
                "Split the model into several files, or keep generated data out of the model's folder.");
        explain(Code.ENCODING,
                "A file that is not UTF-8 text: a byte that cannot start or continue a character, usually because "
                        + "the file was saved as Latin-1 or Windows-1252. The diagnostic points at the first such byte.",
                "Save the file as UTF-8 in your editor. A byte-order mark is accepted.");
        explain(Code.INTERRUPTED_SAVE,
                "A save of several files stopped halfway (a crash, a power cut): some files hold the new text, others "
                        + "the old, and the journal .caplan-save in the model's folder says which. caplan reports it "
                        + "instead of loading a model that mixes both.",
                "Follow the hint: either finish the save (move the temporary files over the originals, then remove "
                        + "the journal), or keep the files as they are (remove the temporary files and the journal).");
    }

    private static void explain(Code code, String meaning, String fix) {
        HELP.put(code, new CodeHelp(meaning, fix));
    }

    /** The code's explanation; empty for a code nobody has explained yet (a test fails for it). */
    public static Optional<CodeHelp> of(Code code) {
        return Optional.ofNullable(HELP.get(code));
    }
}
