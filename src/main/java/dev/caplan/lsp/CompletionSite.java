package dev.caplan.lsp;

import dev.caplan.engine.EditorFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a completion is asked, read from the text before it: the block it is in (the declaration
 * word before each open brace) and the words before it on its line. Text only, so a file that does
 * not parse completes as well as one that does.
 */
record CompletionSite(Place place, List<String> lineWords) {

    /** What may come at the cursor. */
    enum Place {
        /** In a comment: nothing. */
        COMMENT,
        /** A new name is declared here: nothing to complete. */
        NEW_NAME,
        /** A date or period ({@code at}, {@code on}, {@code from}, {@code until}, {@code during}, after {@code ..}). */
        DAY,
        /** A range of periods ({@code over}, {@code columns}). */
        RANGE,
        /** A filter of {@code capacity[...]}: areas, locations, filter words. */
        SELECTOR,
        /** The area of a quota reference {@code q[...]}, or an area after {@code in}. */
        AREA,
        QUOTA_AREA,
        KIND,
        GROUP,
        LOCATION,
        TABLE,
        /** After {@code by}: keys and what a value is grouped by. */
        BY,
        /** After {@code exercise option}: the locations' options. */
        OPTION,
        EXERCISE,
        /** At the start of a line: {@link #lineWords()}. */
        LINE_START,
        /** At the start of a quota's or actual's line: areas and {@code carry}. */
        QUOTA_LINE,
        EXPRESSION
    }

    private static final Set<String> DAY_WORDS = Set.of("at", "on", "from", "until", "during");
    private static final Set<String> RANGE_WORDS = Set.of("over", "columns");
    private static final Pattern FILTER = Pattern.compile("(kind|group|location|table|area)\\s*(?:!?=|(?:not\\s+)?in\\s*\\([^)]*)\\s*$");
    private static final Pattern ON_LIST = Pattern.compile("\\bon\\s+[^#]*,\\s*$");
    private static final Pattern COLUMNS_LIST = Pattern.compile("^\\s*columns\\s+[^#]*,\\s*$");
    private static final List<String> LOCATION_LINES = List.of("capacity", "group", "note", "option");
    private static final List<String> REPORT_LINES = List.of("rows", "columns", "aggregate", "total", "format");
    private static final List<String> SCENARIO_LINES = List.of("exercise", "without", "add", "drop");

    /** The context of a completion whose word starts at {@code start} of {@code text}. */
    static CompletionSite at(String text, int start) {
        Deque<String> blocks = blocksAt(text, start);
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        String before = text.substring(lineStart, start);
        if (inComment(before)) {
            return new CompletionSite(Place.COMMENT, List.of());
        }
        String block = blocks.isEmpty() ? "" : blocks.peek();
        int bracket = openBracket(before);
        if (bracket >= 0) {
            return new CompletionSite(inBrackets(before, bracket), List.of());
        }
        String trimmed = before.strip();
        if (trimmed.isEmpty()) {
            return lineStart(block);
        }
        if (ON_LIST.matcher(before).find() && before.strip().startsWith("check")) {
            return of(Place.DAY);
        }
        if (COLUMNS_LIST.matcher(before).find()) {
            return of(Place.RANGE);
        }
        if (trimmed.endsWith("..")) {
            return of(Place.DAY);
        }
        String[] words = trimmed.split("\\s+");
        String last = words[words.length - 1];
        if (words.length == 1 && EditorFacts.declarationWords().contains(last) && !last.equals("check")
                && !last.equals("reported")) {
            return of(block.equals("location") && last.equals("group") ? Place.GROUP : Place.NEW_NAME);
        }
        return of(afterWord(last, words.length > 1 ? words[words.length - 2] : "", block));
    }

    private static CompletionSite of(Place place) {
        return new CompletionSite(place, List.of());
    }

    private static Place afterWord(String last, String previous, String block) {
        if (DAY_WORDS.contains(last)) {
            return Place.DAY;
        }
        if (RANGE_WORDS.contains(last)) {
            return Place.RANGE;
        }
        return switch (last) {
            case "in" -> block.equals("quota") || block.equals("actual") ? Place.DAY : Place.AREA;
            case "kind" -> Place.KIND;
            case "group" -> Place.GROUP;
            case "by" -> Place.BY;
            case "exercise" -> Place.EXERCISE;
            case "option" -> previous.equals("exercise") ? Place.OPTION : Place.NEW_NAME;
            default -> last.endsWith(",") && previous.equals("option") ? Place.OPTION : Place.EXPRESSION;
        };
    }

    private static CompletionSite lineStart(String block) {
        return switch (block) {
            case "" -> new CompletionSite(Place.LINE_START, EditorFacts.declarationWords());
            case "location" -> new CompletionSite(Place.LINE_START, LOCATION_LINES);
            case "report" -> new CompletionSite(Place.LINE_START, REPORT_LINES);
            case "quota", "actual" -> of(Place.QUOTA_LINE);
            case "key", "table" -> of(Place.AREA);
            case "scenario" -> {
                List<String> words = new ArrayList<>(SCENARIO_LINES);
                words.addAll(EditorFacts.declarationWords());
                yield new CompletionSite(Place.LINE_START, words);
            }
            default -> of(Place.EXPRESSION);
        };
    }

    /** Inside {@code [...]}: after a filter word the names of its sort; else areas (and, for capacity, filters). */
    private static Place inBrackets(String before, int bracket) {
        Matcher filter = FILTER.matcher(before.substring(bracket + 1));
        if (filter.find()) {
            return switch (filter.group(1)) {
                case "kind" -> Place.KIND;
                case "group" -> Place.GROUP;
                case "location" -> Place.LOCATION;
                case "table" -> Place.TABLE;
                default -> Place.AREA;
            };
        }
        String owner = before.substring(0, bracket).stripTrailing();
        return owner.endsWith("capacity") ? Place.SELECTOR : Place.QUOTA_AREA;
    }

    /** The offset of the last {@code [} of the line not closed before the cursor, or -1. */
    private static int openBracket(String before) {
        int open = -1;
        boolean quoted = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                open = i;
            } else if (!quoted && c == ']') {
                open = -1;
            }
        }
        return open;
    }

    private static boolean inComment(String before) {
        boolean quoted = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks open at {@code end}, innermost first, each named by the declaration word of the
     * line its brace is on ({@code location}, {@code report}, ...; after {@code add}, the word after it).
     */
    private static Deque<String> blocksAt(String text, int end) {
        Deque<String> blocks = new ArrayDeque<>();
        boolean quoted = false;
        boolean comment = false;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                quoted = false;
                comment = false;
                lineStart = i + 1;
            } else if (comment) {
                continue;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '#') {
                comment = true;
            } else if (!quoted && c == '{') {
                blocks.push(declarationWord(text.substring(lineStart, i)));
            } else if (!quoted && c == '}' && !blocks.isEmpty()) {
                blocks.pop();
            }
        }
        return blocks;
    }

    private static String declarationWord(String line) {
        String[] words = line.strip().split("\\s+");
        return words.length > 1 && words[0].equals("add") ? words[1] : words[0];
    }
}
