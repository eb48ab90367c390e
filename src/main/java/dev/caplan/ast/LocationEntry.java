package dev.caplan.ast;

import dev.caplan.source.Span;

/** A line inside a location block. */
public sealed interface LocationEntry {

    Span span();

    /**
     * {@code capacity 100? from 2023-02-01 until 2025-02-01}: the value holds on [from, until).
     * A missing bound is open; {@code during P} is written with {@code during} set and stands for
     * from P's first day until the day after P.
     */
    record Capacity(Quantity value, PeriodLit from, PeriodLit until, PeriodLit during, Span span)
            implements LocationEntry {
    }

    /** {@code group IBO 50}: places inside the location's capacity reserved for a target group. */
    record GroupPlaces(Name group, Quantity places, Span span) implements LocationEntry {
    }

    /** {@code note "..."}: free text shown with the location. */
    record Note(String text, Span span) implements LocationEntry {
    }

    /**
     * A contract option, off unless a scenario exercises it: {@code option extend until 2027-02-01}
     * (the places that end last run on until then) or {@code option grow expand to 600 from 2026-02-01}
     * (the capacity becomes 600 on [from, until)). {@code name} is null when not written; the
     * option is then called "extend" or "expand".
     */
    record Option(Name name, boolean extend, Quantity places, PeriodLit from, PeriodLit until, Span span)
            implements LocationEntry {

        public String effectiveName() {
            return name != null ? name.text() : extend ? "extend" : "expand";
        }
    }
}
