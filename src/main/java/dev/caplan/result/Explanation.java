package dev.caplan.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a value was computed, as a tree: each node one step (an expression and its value, the line
 * of a location or quota it comes from, a key's share), where in the model it comes from
 * ({@code file:line}, may be null), and the steps it was computed from. Data only: the command
 * line draws it as an indented tree; other renderers may draw it otherwise.
 */
public record Explanation(Step step, String location, List<Explanation> inputs) {
    public Explanation {
        inputs = List.copyOf(inputs);
    }

    public static Explanation leaf(Step step, String location) {
        return new Explanation(step, location, List.of());
    }

    /** One step of an explanation. */
    public sealed interface Step {
        <R> R accept(Visitor<R> visitor);
    }

    /** One method per kind of step; adding a kind breaks every visitor (every renderer) until it handles it. */
    public interface Visitor<R> {
        R visitValue(Value step);

        R visitGrouped(Grouped step);

        R visitPlaces(Places step);

        R visitMorePlaces(MorePlaces step);

        R visitQuotaLine(QuotaLine step);

        R visitKeyShare(KeyShare step);

        R visitLedgerLine(LedgerLine step);

        R visitNote(Note step);
    }

    /** An expression (as written) and its value for the day or period asked about. */
    public record Value(String expression, ResultCell value) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitValue(this);
        }
    }

    /** An expression whose value is one series per group (which a tree cannot show as one value). */
    public record Grouped(String expression) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGrouped(this);
        }
    }

    /**
     * A location's places on the day (with the bounds of an uncertain number, null when exact),
     * whether they are tentative, and the capacity line (as written) that gives them.
     */
    public record Places(String location, String municipality, String kind, BigDecimal places, BigDecimal low,
                         BigDecimal high, boolean tentative, String line) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPlaces(this);
        }
    }

    /** More locations than are listed. */
    public record MorePlaces(int count) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMorePlaces(this);
        }
    }

    /** A quota's own line for an area, as written. */
    public record QuotaLine(String area, String line, boolean tentative) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQuotaLine(this);
        }
    }

    /**
     * An area's share of its parent's quota by a key: the parent's total, the area's weight (a
     * share, or a weight out of {@code weightSum}), the exact share and what largest remainder made
     * of it ({@code roundedUp}; {@code gotExtra} lists the other areas whose remainders won a place).
     */
    public record KeyShare(String area, String parent, BigDecimal parentTotal, String key, boolean shares,
                           BigDecimal weight, BigDecimal weightSum, BigDecimal exact, BigDecimal result,
                           boolean roundedUp, List<String> gotExtra) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitKeyShare(this);
        }
        public KeyShare {
            gotExtra = List.copyOf(gotExtra);
        }
    }

    /** One period of a flow quota's backlog ledger, its cells in {@code LedgerRow} order (null: none). */
    public record LedgerLine(String period, List<ResultCell> cells) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLedgerLine(this);
        }
    }

    /** A step told in words only, with no number in it. */
    public record Note(String text) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(this);
        }
    }
}
