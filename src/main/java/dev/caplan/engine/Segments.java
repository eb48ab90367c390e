package dev.caplan.engine;

import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.PeriodLit;
import dev.caplan.time.Days;

/** Compares capacity lines by the days they cover, to find the line a tweak replaces. */
final class Segments {

    private Segments() {
    }

    static boolean sameStart(LocationEntry.Capacity a, LocationEntry.Capacity b) {
        return from(a) == from(b);
    }

    static boolean overlap(LocationEntry.Capacity a, LocationEntry.Capacity b) {
        return from(a) < until(b) && from(b) < until(a);
    }

    private static int from(LocationEntry.Capacity c) {
        if (c.during() != null) {
            return start(c.during(), Days.BEGINNING);
        }
        return c.from() == null ? Days.BEGINNING : start(c.from(), Days.BEGINNING);
    }

    private static int until(LocationEntry.Capacity c) {
        if (c.during() != null) {
            return c.during().isValid() ? c.during().period().end() : Days.END;
        }
        return c.until() == null ? Days.END : start(c.until(), Days.END);
    }

    private static int start(PeriodLit period, int fallback) {
        return period.isValid() ? period.period().start() : fallback;
    }
}
