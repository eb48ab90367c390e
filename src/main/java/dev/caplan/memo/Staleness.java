package dev.caplan.memo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which figures of a committed HTML rendering differ from a fresh one. Every number a rendered
 * memo shows carries its memo line and what it is ({@code data-line}, {@code data-figure}); the
 * same figure is matched by what it is (and, when it is shown twice, by its turn), so a number that
 * changes is named with its line, old and new, while the stamp (date, hash, commit) is ignored.
 */
final class Staleness {

    /** A figure as {@link HtmlMemo} writes it: the attributes come last, the content is text only. */
    private static final Pattern FIGURE = Pattern.compile("data-line=\"(\\d+)\" data-figure=\"([^\"]*)\">([^<]*)<");

    private Staleness() {
    }

    /** A figure that changed: its line in the memo, what it is, and its text before and now (null: not there). */
    record Change(int line, String figure, String was, String now) {
    }

    record Figure(int line, String text) {
    }

    static List<Change> compare(String committed, String fresh) {
        Map<String, Figure> before = figures(committed);
        Map<String, Figure> after = figures(fresh);
        List<Change> changes = new ArrayList<>();
        after.forEach((key, now) -> {
            Figure was = before.get(key);
            if (was == null || !was.text().equals(now.text())) {
                changes.add(new Change(now.line(), name(key), was == null ? null : was.text(), now.text()));
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(was.line(), name(key), was.text(), null));
            }
        });
        changes.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return changes;
    }

    /** Each figure by what it is and its turn among figures of that name ("table_a: total, 2023-07-01#1"). */
    static Map<String, Figure> figures(String html) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Integer> turns = new LinkedHashMap<>();
        Matcher matcher = FIGURE.matcher(html);
        while (matcher.find()) {
            String figure = unescape(matcher.group(2));
            int turn = turns.merge(figure, 1, Integer::sum);
            figures.put(figure + "#" + turn, new Figure(Integer.parseInt(matcher.group(1)), unescape(matcher.group(3))));
        }
        return figures;
    }

    private static String name(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
