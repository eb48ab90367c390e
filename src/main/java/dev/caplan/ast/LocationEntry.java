package dev.caplan.ast;

import dev.caplan.source.Span;
import dev.caplan.time.Days;

/** A line inside a location block. */
public sealed interface LocationEntry {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of line; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitCapacity(Capacity entry);

        R visitGroupPlaces(GroupPlaces entry);

        R visitNote(Note entry);

        R visitOption(Option entry);
    }

    /**
     * {@code capacity 100? from 2023-02-01 until 2025-02-01}: the value holds on [from, until).
     * A missing bound is open; {@code during P} is written with {@code during} set and stands for
     * from P's first day until the day after P. {@code value} is null for {@code capacity ?}: the
     * location has places then, but how many is not known. {@code kind} is null unless the line
     * says its own kind ({@code ... kind GOO}): then its places are of that kind, not of the
     * location's (emergency beds that become municipal reception stay one location).
     */
    record Capacity(Quantity value, PeriodLit from, PeriodLit until, PeriodLit during, Name kind, Span span)
            implements LocationEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCapacity(this);
        }

        /** Whether the number of places is not known ({@code capacity ?}). */
        public boolean unknown() {
            return value == null;
        }

        /** The first day of the places: {@code from} or the first day of {@code during}; open (or not a date): the beginning. */
        public int firstDay() {
            PeriodLit start = during != null ? during : from;
            return start == null || !start.isValid() ? Days.BEGINNING : start.period().start();
        }

        /** The first day without the places: {@code until} or the day after {@code during}; open (or not a date): the end. */
        public int endDay() {
            if (during != null) {
                return during.isValid() ? during.period().end() : Days.END;
            }
            return until == null || !until.isValid() ? Days.END : until.period().start();
        }
    }

    /** {@code group IBO 50}: places inside the location's capacity reserved for a target group. */
    record GroupPlaces(Name group, Quantity places, Span span) implements LocationEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitGroupPlaces(this);
        }
    }

    /** {@code note "..."}: free text shown with the location. */
    record Note(String text, Span span) implements LocationEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitNote(this);
        }
    }

    /**
     * A contract option, off unless a scenario exercises it: {@code option extend until 2027-02-01}
     * (the places that end last run on until then) or {@code option grow expand to 600 from 2026-02-01}
     * (the capacity becomes 600 on [from, until)). {@code name} is null when not written; the
     * option is then called "extend" or "expand".
     */
    record Option(Name name, boolean extend, Quantity places, PeriodLit from, PeriodLit until, Span span)
            implements LocationEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitOption(this);
        }


        public String effectiveName() {
            return name != null ? name.text() : extend ? "extend" : "expand";
        }
    }
}
