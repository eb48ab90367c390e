package dev.caplan.result;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Severity;
import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * What running a model's checks and reported figures found, as data: which check fails (or holds
 * only by counting tentative values) on which days with which values on both sides, which of the
 * memo's figures the model does not reproduce. The command line turns findings into diagnostics;
 * other tools (a diff of results, a memo) read them as they are.
 */
public sealed interface Finding {

    /** The diagnostic code a finding is reported under. */
    Code code();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of finding; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitCheckFails(CheckFails finding);

        R visitHoldsOnlyTentatively(HoldsOnlyTentatively finding);

        R visitCheckUnknown(CheckUnknown finding);

        R visitFigureDiffers(FigureDiffers finding);

        R visitFigureNotOneNumber(FigureNotOneNumber finding);

        R visitFailed(Failed finding);
    }

    default Severity severity() {
        return Severity.ERROR;
    }

    /** A check that does not hold: where it fails (a few stretches), and places that end shortly before the first. */
    record CheckFails(String label, Span condition, List<Stretch> days, int moreDays, List<ContractEnd> ends,
                      boolean moreEnds) implements Finding {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCheckFails(this);
        }

        public CheckFails {
            days = List.copyOf(days);
            ends = List.copyOf(ends);
        }

        @Override
        public Code code() {
            return Code.CHECK_FAILED;
        }
    }

    /** A check that holds only by counting tentative values: the days it fails on without them. */
    record HoldsOnlyTentatively(String label, Span condition, List<Stretch> firmDays, int moreDays)
            implements Finding {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitHoldsOnlyTentatively(this);
        }

        public HoldsOnlyTentatively {
            firmDays = List.copyOf(firmDays);
        }

        @Override
        public Code code() {
            return Code.CHECK_TENTATIVE;
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /**
     * A check that cannot be judged on some days because a value in it is unknown there (no quota
     * line, nothing realised yet, a {@code ?} cell): a failure unless the check says {@code if known}.
     * {@code unknown} names the parts of the condition that are unknown on the first such day.
     */
    record CheckUnknown(String label, Span condition, List<Stretch> days, int moreDays, List<String> unknown)
            implements Finding {
        public CheckUnknown {
            days = List.copyOf(days);
            unknown = List.copyOf(unknown);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCheckUnknown(this);
        }

        @Override
        public Code code() {
            return Code.CHECK_UNKNOWN;
        }
    }

    /**
     * A figure printed in a memo that the model does not reproduce within the tolerance
     * ({@code tolerance} as written, null for the default half a unit of the last digit).
     */
    record FigureDiffers(String label, Span figureSpan, String figure, boolean percent, String expression,
                         BigDecimal computed, String tolerance) implements Finding {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFigureDiffers(this);
        }

        @Override
        public Code code() {
            return Code.REPORTED_MISMATCH;
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /** A reported figure compared with something that is not one number (it changes over time, or is unknown). */
    record FigureNotOneNumber(Span expression, boolean unknown) implements Finding {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFigureNotOneNumber(this);
        }

        @Override
        public Code code() {
            return unknown ? Code.ARITHMETIC : Code.REPORTED_FORM;
        }
    }

    /** An evaluation that failed while running the checks. */
    record Failed(Diagnostic diagnostic) implements Finding {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFailed(this);
        }

        @Override
        public Code code() {
            return diagnostic.code();
        }
    }

    /**
     * Days on which a check fails or cannot be judged: {@code first} to {@code last}, both included
     * (the same day for one day; {@code first} null: since always; {@code last} null: on and on), or
     * one period of a flow ({@code period}); with both sides of the comparison on the worst day of the
     * stretch ({@code worst}; all three null when the condition is not a comparison, or unknown).
     */
    record Stretch(String first, String last, String period, String worst, Side left, Side right) {

        public boolean isOneDay() {
            return period == null && first != null && first.equals(last);
        }
    }

    /** One side of a comparison on a failing day: the expression as written (null for a literal) and its value. */
    record Side(String expression, BigDecimal value) {
    }

    /** Places that end shortly before a check's first failing day. */
    record ContractEnd(String location, BigDecimal places, boolean tentative, String until) {
    }
}
