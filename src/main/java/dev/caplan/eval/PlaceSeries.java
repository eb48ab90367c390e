package dev.caplan.eval;

import dev.caplan.check.Segment;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.StepSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Series of places: those of capacity segments (a location's, or its lines of one kind), and the
 * sum of several such series, with their firm twins, bounds and unknown days.
 */
final class PlaceSeries {

    private PlaceSeries() {
    }

    /** The places of the segments: all of them, and the firm ones apart; unknown where a segment's number is. */
    static Single of(List<Segment> segments) {
        List<StepSeries> all = new ArrayList<>();
        List<StepSeries> firm = new ArrayList<>();
        List<StepSeries> low = new ArrayList<>();
        List<StepSeries> high = new ArrayList<>();
        List<StepSeries> unknown = new ArrayList<>();
        boolean ranged = false;
        for (Segment segment : segments) {
            if (segment.unknown()) {
                unknown.add(StepSeries.segment(segment.from(), segment.until(), BigDecimal.ONE));
                continue;
            }
            StepSeries series = StepSeries.segment(segment.from(), segment.until(), segment.places());
            all.add(series);
            if (!segment.tentative()) {
                firm.add(series);
            }
            boolean bounded = segment.low() != null || segment.high() != null;
            ranged |= segment.low() != null;
            // without bounds, low and high are the places: the same series, not two more of it
            low.add(bounded ? StepSeries.segment(segment.from(), segment.until(), segment.lowOrPlaces()) : series);
            high.add(bounded ? StepSeries.segment(segment.from(), segment.until(), segment.highOrPlaces()) : series);
        }
        StepSeries expected = StepSeries.sum(all);
        Single value = new Single(expected, all.size() == firm.size() ? expected : StepSeries.sum(firm));
        if (!unknown.isEmpty()) {
            value = value.withKnown(StepSeries.constant(BigDecimal.ONE).minus(StepSeries.sum(unknown)));
        }
        return ranged ? value.withBounds(StepSeries.sum(low), StepSeries.sum(high)) : value;
    }

    /** The sum of series of places: unknown on a day any of them is. */
    static Single sum(List<Single> selected) {
        List<StepSeries> expected = new ArrayList<>(selected.size());
        List<StepSeries> firm = new ArrayList<>(selected.size());
        List<StepSeries> low = new ArrayList<>(selected.size());
        List<StepSeries> high = new ArrayList<>(selected.size());
        boolean anyTentative = false;
        boolean anyBounds = false;
        StepSeries known = null;
        for (Single series : selected) {
            expected.add(series.expected());
            firm.add(series.firm());
            low.add(series.lowOrExpected());
            high.add(series.highOrExpected());
            anyTentative |= series.expected() != series.firm();
            anyBounds |= series.hasBounds();
            if (series.known() != null) {
                known = known == null ? series.known() : known.min(series.known()); // one unknown member: an unknown sum
            }
        }
        StepSeries total = StepSeries.sum(expected);
        Single value = new Single(total, anyTentative ? StepSeries.sum(firm) : total).withKnown(known);
        return anyBounds ? value.withBounds(StepSeries.sum(low), StepSeries.sum(high)) : value;
    }
}
