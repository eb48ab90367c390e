package dev.caplan.eval;

import dev.caplan.ast.GroupKey;
import dev.caplan.check.Area;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Grouping;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A quota (or its actual) grouped by area: {@code azc_places[Netherlands] by province} is one
 * series per area of the key's level that lies in the quota's area, in declaration order, each
 * exactly as {@code q[AREA]} gives it (its own lines, or its share by the key; unknown where
 * neither holds). Not remembered with the groupings of places, whose sums an edit corrects by
 * locations: the quotas themselves are remembered by each evaluator's quota evaluator.
 */
final class AreaParts {

    private AreaParts() {
    }

    static Grouped of(CheckedModel model, QuotaEvaluator quotas, Grouping.AreaParts parts, GroupKey key) {
        CheckedQuota quota = model.quotas().get(parts.quota().quota().text());
        Area whole = model.areas().get(parts.quota().area().text());
        List<Area> areas = new ArrayList<>();
        for (Area area : model.areas().values()) {
            if (area.level() == key.level() && area.isWithin(whole)) {
                areas.add(area);
            }
        }
        areas.sort(Comparator.comparingInt(Area::order));
        List<String> labels = new ArrayList<>(areas.size());
        List<Single> members = new ArrayList<>(areas.size());
        for (Area area : areas) {
            labels.add(area.name());
            members.add(parts.actual() ? quotas.actual(quota, area.name()) : quotas.quota(quota, area.name()));
        }
        return new Grouped(key.keyword(), labels, members);
    }
}
