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

        R visitFigureDiffers(FigureDiffers finding);

        R visitFigureNotOneNumber(FigureNotOneNumber finding);

        R visitFailed(Failed finding);
    }

    default Severity severity() {
        return Severity.ERROR;
    }

    /** A check that does not hold: the days it fails on (a few), and places that end shortly before the first. */
    record CheckFails(String label, Span condition, List<FailingDay> days, int moreDays, List<ContractEnd> ends,
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
    record HoldsOnlyTentatively(String label, Span condition, List<FailingDay> firmDays, int moreDays)
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

    /** A day a check fails (null: every day), with both sides of its comparison (null: not a comparison). */
    record FailingDay(String day, Side left, Side right) {
    }

    /** One side of a comparison on a failing day: the expression as written (null for a literal) and its value. */
    record Side(String expression, BigDecimal value) {
    }

    /** Places that end shortly before a check's first failing day. */
    record ContractEnd(String location, BigDecimal places, boolean tentative, String until) {
    }
}
