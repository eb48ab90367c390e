package dev.caplan.ast;

import java.util.ArrayList;
import java.util.List;

/** The quota half of {@link Printer}: quotas, actuals, keys, checks and reported figures. */
final class QuotaPrinter {

    private QuotaPrinter() {
    }

    static String quota(Item.Quota item) {
        StringBuilder head = new StringBuilder("quota ").append(item.name().source());
        if (item.title() != null) {
            head.append(' ').append(Printer.quote(item.title()));
        }
        head.append(item.flow() ? " flow" : " level");
        if (item.per() != null) {
            head.append(" per ").append(item.per().text());
        }
        if (item.key() != null) {
            head.append(" by ").append(item.key().source());
        }
        return Printer.block(head.toString(), entries(item.entries()));
    }

    static String actual(Item.Actual item) {
        return Printer.block("actual " + item.name().source(), entries(item.entries()));
    }

    static String key(Item.Key item) {
        String head = "key " + item.name().source() + " " + item.form().text()
                + (item.title() == null ? "" : " " + Printer.quote(item.title()));
        List<String> lines = new ArrayList<>();
        for (Item.KeyEntry entry : item.entries()) {
            lines.add(entry.area().source() + " " + entry.value().source());
        }
        return Printer.block(head, lines);
    }

    static String check(Item.Check item) {
        StringBuilder out = new StringBuilder("check ").append(Printer.print(item.condition()));
        if (!item.on().isEmpty()) {
            out.append(" on ").append(String.join(", ", item.on().stream().map(PeriodLit::text).toList()));
        }
        if (!item.over().isEmpty()) {
            out.append(" over ").append(String.join(", ", item.over().stream().map(Printer::columnSpec).toList()));
        }
        if (item.ifKnown()) {
            out.append(" if known");
        }
        return label(out, item.label());
    }

    static String reported(Item.Reported item) {
        StringBuilder out = new StringBuilder("reported ").append(item.figure().source()).append(" = ")
                .append(Printer.print(item.expr()));
        if (item.tolerance() != null) {
            out.append(" tolerance ").append(item.tolerance().source());
        }
        return label(out, item.label());
    }

    private static String label(StringBuilder out, String label) {
        return label == null ? out.toString() : out.append(" as ").append(Printer.quote(label)).toString();
    }

    private static List<String> entries(List<QuotaEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (QuotaEntry entry : entries) {
            lines.add(entry(entry));
        }
        return lines;
    }

    private static String entry(QuotaEntry entry) {
        return entry.accept(EntryPrinter.INSTANCE);
    }

    /** One line of a quota or actual block. */
    private static final class EntryPrinter implements QuotaEntry.Visitor<String> {
        static final EntryPrinter INSTANCE = new EntryPrinter();

        @Override
        public String visitLevel(QuotaEntry.Level level) {
            return level.area().source() + " " + level.value().source()
                    + (level.from() == null ? "" : " from " + level.from().text())
                    + (level.until() == null ? "" : " until " + level.until().text());
        }

        @Override
        public String visitFlow(QuotaEntry.Flow flow) {
            return flow.area().source() + " " + flow.value().source() + " in " + flow.period().text();
        }

        @Override
        public String visitBacklog(QuotaEntry.Backlog backlog) {
            return backlog.area().source() + " backlog " + backlog.value().source() + " in " + backlog.period().text();
        }

        @Override
        public String visitCarry(QuotaEntry.Carry carry) {
            return "carry " + carry.policy().text();
        }
    }
}
