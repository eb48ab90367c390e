package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.testing.Golden;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * {@link IdentifierChars} is the grammar's {@code IDENT} rule as ANTLR compiled it: this test reads
 * the two character sets (what starts a name, what continues one) out of the generated lexer's
 * tables and compares the class with what it would write, so the hand-written scanner
 * ({@link TokenScanner}) takes every Unicode letter exactly as ANTLR's lexer does
 * ({@code -Dgolden.update=true} rewrites the class after a grammar change).
 */
class IdentifierCharsTest {

    static final Path SOURCE = Path.of("src/main/java/dev/caplan/parse/IdentifierChars.java");

    @Test
    void theClassIsTheGrammarsIdentRule() throws Exception {
        ATN atn = CaplanLexer._ATN;
        int rule = Arrays.asList(CaplanLexer.ruleNames).indexOf("IDENT");
        List<ATNState> afterStart = new ArrayList<>();
        IntervalSet start = labelsFrom(List.of(atn.ruleToStartState[rule]), afterStart);
        List<ATNState> afterPart = new ArrayList<>();
        IntervalSet part = labelsFrom(afterStart, afterPart);
        assertThat(start.isNil()).as("IDENT starts with a set").isFalse();
        assertThat(part.and(start)).as("what starts a name also continues one").isEqualTo(start);
        assertThat(labelsFrom(afterPart, new ArrayList<>())).as("IDENT continues with one repeated set")
                .isEqualTo(part);
        Golden.assertMatches(SOURCE, source(start, part));
    }

    @Test
    void asciiLettersDigitsAndUnderscore() {
        assertThat(IdentifierChars.isStart('a')).isTrue();
        assertThat(IdentifierChars.isStart('_')).isTrue();
        assertThat(IdentifierChars.isStart('7')).isFalse();
        assertThat(IdentifierChars.isPart('7')).isTrue();
        assertThat(IdentifierChars.isStart('é')).isTrue();
        assertThat(IdentifierChars.isPart(0x0301)).as("a combining accent continues a name").isTrue();
        assertThat(IdentifierChars.isStart(0x0301)).isFalse();
        assertThat(IdentifierChars.isStart(0x1D400)).as("a letter outside the BMP").isTrue();
        assertThat(IdentifierChars.isPart('-')).isFalse();
        assertThat(IdentifierChars.isPart(-1)).isFalse();
    }

    /** The labels of the first non-epsilon transitions reachable from {@code from}; their targets go to {@code targets}. */
    private static IntervalSet labelsFrom(List<ATNState> from, List<ATNState> targets) {
        IntervalSet labels = new IntervalSet();
        Deque<ATNState> work = new ArrayDeque<>(from);
        Set<ATNState> seen = new HashSet<>();
        while (!work.isEmpty()) {
            ATNState state = work.pop();
            if (!seen.add(state) || state instanceof RuleStopState) {
                continue;
            }
            for (Transition transition : state.getTransitions()) {
                if (transition.isEpsilon()) {
                    work.push(transition.target);
                } else {
                    labels.addAll(transition.label());
                    targets.add(transition.target);
                }
            }
        }
        return labels;
    }

    private static String source(IntervalSet start, IntervalSet part) {
        return """
                package dev.caplan.parse;

                /**
                 * Which characters start and which continue a name: the grammar's {@code IDENT} rule
                 * ({@code [\\p{L}_] [\\p{L}\\p{M}\\p{N}_]*}) as ANTLR compiled it, read out of the generated
                 * lexer by IdentifierCharsTest, so that {@link TokenScanner} takes every Unicode letter as
                 * ANTLR's lexer does. Do not edit: after a change to the rule, run
                 * {@code mvn test -Dtest=IdentifierCharsTest -Dgolden.update=true}.
                 */
                final class IdentifierChars {

                    /** What starts a name: pairs of first and last code point, ascending. */
                    private static final int[] START = {
                """ + ranges(start) + """
                    };

                    /** What continues a name, in the same form. */
                    private static final int[] PART = {
                """ + ranges(part) + """
                    };

                    private static final boolean[] ASCII_START = ascii(START);
                    private static final boolean[] ASCII_PART = ascii(PART);

                    private IdentifierChars() {
                    }

                    static boolean isStart(int c) {
                        return c >= 0 && c < 128 ? ASCII_START[c] : in(START, c);
                    }

                    static boolean isPart(int c) {
                        return c >= 0 && c < 128 ? ASCII_PART[c] : in(PART, c);
                    }

                    /** Whether {@code c} lies in one of the ranges (a binary search over the pairs). */
                    private static boolean in(int[] ranges, int c) {
                        int low = 0;
                        int high = ranges.length / 2 - 1;
                        while (low <= high) {
                            int middle = (low + high) >>> 1;
                            if (c < ranges[2 * middle]) {
                                high = middle - 1;
                            } else if (c > ranges[2 * middle + 1]) {
                                low = middle + 1;
                            } else {
                                return true;
                            }
                        }
                        return false;
                    }

                    private static boolean[] ascii(int[] ranges) {
                        boolean[] table = new boolean[128];
                        for (int c = 0; c < 128; c++) {
                            table[c] = in(ranges, c);
                        }
                        return table;
                    }
                }
                """;
    }

    private static String ranges(IntervalSet set) {
        StringBuilder text = new StringBuilder();
        int onLine = 0;
        for (Interval interval : set.getIntervals()) {
            if (onLine == 0) {
                text.append("        ");
            }
            text.append(interval.a).append(", ").append(interval.b).append(',');
            if (++onLine == 8) {
                text.append('\n');
                onLine = 0;
            } else {
                text.append(' ');
            }
        }
        if (onLine != 0) {
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        return text.toString();
    }
}
