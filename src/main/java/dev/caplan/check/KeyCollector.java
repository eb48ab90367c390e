package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a distribution key: its form is {@code shares} or {@code weights}, every area exists and
 * has a parent, no value is negative, and the shares of one parent's children add up to at most 1.
 */
final class KeyCollector {
    private final Diagnostics diagnostics;
    private final NameTable<Area> areas;

    KeyCollector(Diagnostics diagnostics, NameTable<Area> areas) {
        this.diagnostics = diagnostics;
        this.areas = areas;
    }

    /** The checked key, or null when it cannot be used. */
    CheckedKey key(Item.Key key) {
        String form = key.form().text();
        if (!form.equals("shares") && !form.equals("weights")) {
            diagnostics.error(Code.KEY, key.form().span(), "a key holds shares or weights, not '" + form + "'",
                    "write: key " + key.name().source() + " shares { ... } (parts of the parent, e.g. 45.9%) or "
                            + "weights { ... } (e.g. inhabitants)");
            return null;
        }
        boolean shares = form.equals("shares");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        Map<String, BigDecimal> perParent = new LinkedHashMap<>();
        boolean ok = true;
        for (Item.KeyEntry entry : key.entries()) {
            Area area = areas.resolve(entry.area(), diagnostics);
            if (area == null) {
                ok = false;
                continue;
            }
            if (area.parent() == null) {
                diagnostics.error(Code.KEY, entry.area().span(), "'" + area.name() + "' has no parent area to take a share of",
                        "a key divides a parent's quota over its children");
                ok = false;
                continue;
            }
            BigDecimal value = entry.value().value();
            if (value.signum() < 0 || shares && value.compareTo(BigDecimal.ONE) > 0) {
                diagnostics.error(Code.KEY, entry.value().span(), shares ? "a share lies between 0 and 1 (0% and 100%)"
                        : "a weight cannot be negative", null);
                ok = false;
                continue;
            }
            if (values.containsKey(area.name())) {
                diagnostics.error(Code.DUPLICATE_NAME, entry.area().span(), "'" + area.name() + "' is in the key twice",
                        null);
                ok = false;
                continue;
            }
            values.put(area.name(), value);
            spans.put(area.name(), entry.span());
            BigDecimal sum = perParent.merge(area.parent().name(), value, BigDecimal::add);
            if (shares && sum.compareTo(BigDecimal.ONE) > 0) {
                diagnostics.error(Code.KEY, entry.value().span(), "the shares of " + area.parent().name()
                        + "'s children add up to " + sum.movePointRight(2).stripTrailingZeros().toPlainString()
                        + "%, more than the whole", "shares of one parent add up to at most 100%");
                ok = false;
            }
        }
        return ok ? new CheckedKey(key.name().text(), shares, values, spans, key.span()) : null;
    }
}
