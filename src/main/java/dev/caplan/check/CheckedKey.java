package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distribution key: per child area its share of the parent ({@code shares}, what is not given
 * out stays with the parent as "the rest") or its weight among its listed siblings ({@code weights}).
 */
public record CheckedKey(String name, boolean shares, Map<String, BigDecimal> values, Map<String, Span> spans,
                         Span span) {
    public CheckedKey {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // key order decides ties
        spans = Map.copyOf(spans);
    }
}
