package dev.caplan.engine;

import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a location's places differ between two versions, stretch by stretch, in a modeller's words:
 * {@code 300 → 400 places from 2023-04-01 until 2026-02-01}, {@code 80? → 0 places from
 * 2023-05-01 until 2024-05-01}. A tentative number carries its {@code ?}, an unknown one reads
 * {@code ?}, an uncertain one its range ({@code 400..600}).
 */
final class PlaceChanges {

    private PlaceChanges() {
    }

    static List<String> between(Location before, Location after) {
        List<Segment> old = before == null ? List.of() : before.segments();
        List<Segment> now = after == null ? List.of() : after.segments();
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Segment segment : old) {
            bounds.add(segment.from());
            bounds.add(segment.until());
        }
        for (Segment segment : now) {
            bounds.add(segment.from());
            bounds.add(segment.until());
        }
        List<Integer> days = new ArrayList<>(bounds);
        List<String> changes = new ArrayList<>();
        int runFrom = 0;
        int runUntil = 0;
        String was = null;
        String is = null;
        for (int i = 0; i + 1 < days.size(); i++) {
            int from = days.get(i);
            String a = places(old, from);
            String b = places(now, from);
            boolean continues = was != null && runUntil == from && a.equals(was) && b.equals(is);
            if (continues) {
                runUntil = days.get(i + 1);
                continue;
            }
            if (was != null) {
                changes.add(sentence(was, is, runFrom, runUntil));
                was = null;
            }
            if (!a.equals(b)) {
                was = a;
                is = b;
                runFrom = from;
                runUntil = days.get(i + 1);
            }
        }
        if (was != null) {
            changes.add(sentence(was, is, runFrom, runUntil));
        }
        return changes;
    }

    /** The places on a day: the segment that holds then, or 0. */
    private static String places(List<Segment> segments, int day) {
        for (Segment segment : segments) {
            if (segment.from() <= day && day < segment.until()) {
                return text(segment);
            }
        }
        return "0";
    }

    private static String text(Segment segment) {
        if (segment.unknown()) {
            return "?";
        }
        String number = segment.low() != null ? plain(segment.low()) + ".." + plain(segment.high()) : plain(segment.places());
        return number + (segment.tentative() ? "?" : "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String sentence(String was, String is, int from, int until) {
        String days = from == Days.BEGINNING && until == Days.END ? "on every day"
                : from == Days.BEGINNING ? "until " + Days.format(until)
                : until == Days.END ? "from " + Days.format(from) + " on"
                : "from " + Days.format(from) + " until " + Days.format(until);
        return was + " → " + is + " places " + days;
    }
}
