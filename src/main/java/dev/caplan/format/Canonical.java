package dev.caplan.format;

import dev.caplan.ast.Name;
import dev.caplan.ast.Quantity;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tree with its spellings made canonical, its meaning and spans unchanged: names quoted only
 * where they must be, numbers without digit separators or leading zeros (their decimals kept:
 * {@code 1.50} and {@code 17.10%} say how exactly a figure is meant). Periods need nothing: the
 * language reads one spelling of each ({@code 2023-01-05}, {@code 2023-W01}, {@code 2023-Q1}) and
 * refuses others.
 *
 * <p>Works on every record of the {@code ast} package by its components, so a new kind of node
 * is rewritten without a change here.
 */
final class Canonical {
    private static final String AST = Name.class.getPackageName();
    private static final Pattern RANGE = Pattern.compile("(-?)([0-9_.]+)\\.\\.([0-9_.]+)");
    private static final Pattern SPREAD = Pattern.compile("(-?)([0-9_.]+)(%?) ± ([0-9_.]+)(%?)");

    private Canonical() {
    }

    @SuppressWarnings("unchecked")
    static <T> T of(T node) {
        return (T) rewrite(node);
    }

    private static Object rewrite(Object node) {
        if (node instanceof Name name) {
            return new Name(name.text(), false, name.span());
        }
        if (node instanceof Quantity quantity) {
            return quantity(quantity);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(Canonical::rewrite).toList();
        }
        if (node instanceof Record record && record.getClass().getPackageName().equals(AST)) {
            return rebuild(record);
        }
        return node;
    }

    private static Record rebuild(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = rewrite(components[i].getAccessor().invoke(record));
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return (Record) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    /** A plain number keeps its value's spelling; a percentage or an uncertain number is respelled from what was written. */
    private static Quantity quantity(Quantity quantity) {
        String written = quantity.written();
        if (written == null && quantity.percent()) {
            written = quantity.value().movePointRight(2).toPlainString() + "%";
        } else if (written != null) {
            Matcher range = RANGE.matcher(written);
            Matcher spread = SPREAD.matcher(written);
            if (range.matches()) {
                written = range.group(1) + number(range.group(2)) + ".." + number(range.group(3));
            } else if (spread.matches()) {
                written = spread.group(1) + number(spread.group(2)) + spread.group(3) + " ± " + number(spread.group(4))
                        + spread.group(5);
            }
        }
        return new Quantity(quantity.value(), quantity.tentative(), quantity.percent(), quantity.low(), quantity.high(),
                written, quantity.span());
    }

    private static String number(String text) {
        return new BigDecimal(text.replace("_", "")).toPlainString();
    }
}
