package dev.caplan.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code git diff} shows one: the changed lines with up to three
 * lines of context. The lines both texts begin and end with are set aside first (an edit of a
 * large file changes a few lines in the middle); the lines between are matched by a
 * longest-common-subsequence table, or, when that table would be too large for the heap, shown
 * as removed and added.
 */
final class TextDiff {
    private static final int CONTEXT = 3;
    /** Cells of the matching table at most (16 MB of ints). */
    private static final long TABLE_CELLS = 4_000_000L;

    private TextDiff() {
    }

    static String unified(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String[]> edits = edits(a, b);
        String path = name.startsWith("/") ? name.substring(1) : name;
        StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i)[0].equals(" ")) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int quiet = 0;
            while (end < edits.size() && quiet <= 2 * CONTEXT) {
                quiet = edits.get(end)[0].equals(" ") ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(edits.size(), end - Math.max(0, quiet - CONTEXT));
            out.append(hunk(edits, start, end));
            i = end;
        }
        return out.toString();
    }

    /** The lines of a text; a final line break ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    private static String hunk(List<String[]> edits, int start, int end) {
        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < start; k++) {
            oldLine += edits.get(k)[0].equals("+") ? 0 : 1;
            newLine += edits.get(k)[0].equals("-") ? 0 : 1;
        }
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            String[] edit = edits.get(k);
            oldCount += edit[0].equals("+") ? 0 : 1;
            newCount += edit[0].equals("-") ? 0 : 1;
            body.append(edit[0]).append(edit[1]).append('\n');
        }
        return "@@ -" + oldLine + "," + oldCount + " +" + newLine + "," + newCount + " @@\n" + body;
    }

    /** The edit script: {" ", line}, {"-", line}, {"+", line}. */
    private static List<String[]> edits(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String[]> edits = new ArrayList<>();
        a.subList(0, head).forEach(line -> edits.add(new String[] {" ", line}));
        List<String> oldMiddle = a.subList(head, a.size() - tail);
        List<String> newMiddle = b.subList(head, b.size() - tail);
        if ((long) (oldMiddle.size() + 1) * (newMiddle.size() + 1) > TABLE_CELLS) {
            oldMiddle.forEach(line -> edits.add(new String[] {"-", line}));
            newMiddle.forEach(line -> edits.add(new String[] {"+", line}));
        } else {
            edits.addAll(matched(oldMiddle, newMiddle));
        }
        a.subList(a.size() - tail, a.size()).forEach(line -> edits.add(new String[] {" ", line}));
        return edits;
    }

    private static List<String[]> matched(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new String[] {" ", a.get(i++)});
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new String[] {"-", a.get(i++)});
            } else {
                edits.add(new String[] {"+", b.get(j++)});
            }
        }
        return edits;
    }
}
