package dev.caplan.output;

import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.List;
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

    private JsonRenderer() {
    }

    @Override
    public String render(List<ResultTable> tables) {
        ObjectNode root = JsonTrees.object();
        ArrayNode reports = root.putArray("reports");
        tables.forEach(table -> reports.add(report(table)));
        return JsonTrees.write(root);
    }

    private static ObjectNode report(ResultTable table) {
        ObjectNode report = JsonTrees.object();
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
        ObjectNode node = JsonTrees.object();
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
        ObjectNode node = JsonTrees.object();
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
        ObjectNode node = JsonTrees.object();
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
        ObjectNode node = JsonTrees.object();
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
