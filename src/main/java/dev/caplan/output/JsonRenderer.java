package dev.caplan.output;

import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for other programs: the tables as they are, with exact numbers; a row that a report
 * formats ({@code format percent 1}) says so in a {@code format} field, and its numbers stay exact. The tree is built by hand
 * so that property order is fixed, and numbers are {@link java.math.BigDecimal}s written plainly,
 * so that neither floating point nor an exponent ({@code 1E+3}) can creep in.
 */
final class JsonRenderer implements Renderer {

    static final JsonRenderer INSTANCE = new JsonRenderer();

    /** Two-space indents, {@code "key": value} and {@code \n} on every platform. */
    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPrettyPrinter(PRETTY_PRINTER)
            .build();

    private JsonRenderer() {
    }

    @Override
    public String render(List<ResultTable> tables) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode reports = root.putArray("reports");
        tables.forEach(table -> reports.add(report(table)));
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode report(ResultTable table) {
        ObjectNode report = MAPPER.createObjectNode();
        report.put("name", table.name());
        report.put("title", table.title());
        report.put("rowHeader", table.rowHeader());
        ArrayNode columns = report.putArray("columns");
        table.headings().forEach(heading -> columns.add(heading(heading)));
        ArrayNode rows = report.putArray("rows");
        table.rows().forEach(row -> rows.add(row(row)));
        if (table.total() == null) {
            report.putNull("total");
        } else {
            report.set("total", row(table.total()));
        }
        return report;
    }

    /** A column: its label, and the first and last day it covers where it stands for days. */
    private static ObjectNode heading(Heading heading) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("label", heading.label());
        putDays(node, heading.days());
        return node;
    }

    private static void putDays(ObjectNode node, DayRange days) {
        if (days != null) {
            node.put("first", days.first() == null ? null : days.first().toString());
            node.put("last", days.last() == null ? null : days.last().toString());
        }
    }

    private static ObjectNode row(ResultRow row) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("label", row.label());
        putDays(node, row.days());
        if (!row.format().isPlain()) {
            node.set("format", format(row.format())); // how people see it; the values stay exact
        }
        ArrayNode cells = node.putArray("cells");
        row.cells().forEach(cell -> cells.add(cell(cell)));
        return node;
    }

    /** {@code {"percent": true, "decimals": 1, "thousands": null}}; decimals null: as many as the value has. */
    private static ObjectNode format(NumberFormat format) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("percent", format.percent());
        if (format.fixedDecimals()) {
            node.put("decimals", format.decimals());
        } else {
            node.putNull("decimals");
        }
        node.put("thousands", format.thousands());
        return node;
    }

    private static ObjectNode cell(ResultCell cell) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("value", Numbers.normalize(cell.value()));
        node.put("firm", Numbers.normalize(cell.firm()));
        node.put("tentative", cell.tentative());
        if (cell.hasBounds()) {
            node.put("low", Numbers.normalize(cell.low()));
            node.put("high", Numbers.normalize(cell.high()));
        }
        if (cell.partial()) {
            node.put("partial", true); // from the known days only: some days of the period are unknown
        }
        return node;
    }
}
