package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanParser.ColumnSpecContext;
import dev.caplan.parse.antlr.CaplanParser.NameContext;
import dev.caplan.parse.antlr.CaplanParser.PeriodContext;
import dev.caplan.parse.antlr.CaplanParser.QuantityContext;
import dev.caplan.parse.antlr.CaplanParser.SignedQuantityContext;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import dev.caplan.time.PeriodParse;
import dev.caplan.time.PeriodParser;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The small pieces every builder needs (names, quantities, periods, column specifications, spans,
 * strings), kept in one place so they are built the same way everywhere. Reports what the grammar
 * cannot see, namely periods that do not exist ({@code 2023-02-30}), as diagnostics.
 */
final class Atoms {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    /** Periods already read in this file, by text: a model writes the same few dates thousands of times. */
    private final Map<String, PeriodParse> periods = new HashMap<>();

    Atoms(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * A name as written, in Unicode's composed form (NFC): {@code Café} typed with a combining
     * accent and with {@code é} is one name, as it looks one.
     */
    Name name(NameContext c) {
        if (c.STRING() != null) {
            return new Name(Normalizer.normalize(unquote(c.STRING().getText()), Normalizer.Form.NFC), true, span(c));
        }
        return new Name(Normalizer.normalize(c.getText(), Normalizer.Form.NFC), false, span(c));
    }

    List<Name> names(List<NameContext> contexts) {
        List<Name> result = new ArrayList<>();
        for (NameContext context : contexts) {
            result.add(name(context));
        }
        return result;
    }

    /** A bare word used as a name (a function, a key form, a carry policy): never quoted. */
    Name word(Token token) {
        return new Name(token.getText(), false, span(token));
    }

    /** A bare word of a rule of its own used as a name (a step such as {@code monthly}): never quoted. */
    Name word(ParserRuleContext ctx) {
        return new Name(ctx.getText(), false, span(ctx));
    }

    Quantity signedQuantity(SignedQuantityContext c) {
        Quantity quantity = quantity(c.quantity());
        if (c.MINUS() == null) {
            return quantity;
        }
        return quantity.negate(span(c));
    }

    Quantity quantity(QuantityContext c) {
        BigDecimal value = number(c.NUMBER(0).getText());
        if (c.percent != null) {
            value = value.movePointLeft(2);
        }
        boolean tentative = c.tentative != null;
        if (c.high != null) {
            BigDecimal high = number(c.high.getText());
            BigDecimal low = value.min(high);
            high = value.max(high);
            BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
            String written = c.NUMBER(0).getText() + ".." + c.high.getText();
            return new Quantity(middle, tentative, false, low, high, written, span(c));
        }
        if (c.spread != null) {
            BigDecimal spread = number(c.spread.getText());
            if (c.spreadPercent != null) {
                spread = value.multiply(spread.movePointLeft(2));
            }
            String written = c.NUMBER(0).getText() + (c.percent != null ? "%" : "") + " ± " + c.spread.getText()
                    + (c.spreadPercent != null ? "%" : "");
            return new Quantity(value, tentative, c.percent != null, value.subtract(spread.abs()),
                    value.add(spread.abs()), written, span(c));
        }
        return new Quantity(value, tentative, c.percent != null, span(c));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("_", ""));
    }

    /** A period literal, validated; an impossible one is reported and kept with a null period. Null when absent. */
    PeriodLit period(PeriodContext c) {
        if (c == null) {
            return null;
        }
        String text = c.getText().replace("_", "");
        PeriodParse parse = periods.computeIfAbsent(text, PeriodParser::parse);
        if (!parse.isOk()) {
            // "at 07-04-2022" parses as the period 07 minus 4 minus 2022: say which date was meant
            String dayFirst = DayFirstDate.hintAt(file.text(), c.getStart().getStartIndex());
            diagnostics.error(Code.BAD_DATE, span(c), parse.error(), dayFirst != null ? dayFirst : parse.hint());
        }
        return new PeriodLit(text, parse.period(), span(c));
    }

    ColumnSpec columnSpec(ColumnSpecContext c) {
        Name step = c.step == null ? null : word(c.step);
        return new ColumnSpec(period(c.first), c.last == null ? null : period(c.last), step, span(c));
    }

    List<ColumnSpec> columnSpecs(List<ColumnSpecContext> contexts) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (ColumnSpecContext context : contexts) {
            specs.add(columnSpec(context));
        }
        return specs;
    }

    /** The text of an optional string token (a title, a label), unquoted; null when absent. */
    static String unquoteOrNull(Token token) {
        return token == null ? null : unquote(token.getText());
    }

    static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                ch = body.charAt(++i);
            }
            out.append(ch);
        }
        return out.toString();
    }

    Span span(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        Token stop = ctx.getStop();
        int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
        return new Span(file, start, end);
    }

    /** The span of a single token. */
    Span span(Token token) {
        return new Span(file, token.getStartIndex(), token.getStopIndex() + 1);
    }
}
