package dev.caplan.format;

import dev.caplan.ast.Item;
import dev.caplan.ast.Printer;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of canonical declarations: the text comes from {@link Printer} (one place for how a
 * declaration is written), split into the lines of a block so that each entry keeps its span and
 * comments can find it.
 */
final class Nodes implements Item.Visitor<Node> {
    private static final Nodes INSTANCE = new Nodes();

    private Nodes() {
    }

    static Node of(Item item) {
        return item.accept(INSTANCE);
    }

    /** A block printed by the printer: its head, and one line per entry, paired with the entries' spans. */
    private static Node block(Item item, List<Span> entrySpans) {
        List<String> lines = List.of(Printer.print(item).split("\n"));
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < entrySpans.size(); i++) {
            children.add(Node.line(lines.get(i + 1).strip(), entrySpans.get(i)));
        }
        return Node.block(lines.get(0), item.span(), brace(item.span()), children);
    }

    /** The opening brace of a block: the first '{' after its start outside strings and comments. */
    private static int brace(Span span) {
        String text = span.file().text();
        int i = span.start();
        while (i < span.end()) {
            char c = text.charAt(i);
            if (c == '{') {
                return i;
            }
            if (c == '"') {
                i++;
                while (i < span.end() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '#') {
                while (i < span.end() && text.charAt(i) != '\n') {
                    i++;
                }
            }
            i++;
        }
        throw new IllegalStateException("a block without '{' at " + span);
    }

    @Override
    public Node visitImport(Item.Import item) {
        return Node.line(Printer.print(item), item.span());
    }

    @Override
    public Node visitAreas(Item.Areas item) {
        return Node.line(Printer.print(item), item.span());
    }

    /** A line of one described kind aligns its description with the lines around it. */
    @Override
    public Node visitKinds(Item.Kinds item) {
        String text = Printer.print(item);
        if (item.definitions().size() == 1 && item.definitions().get(0).description() != null) {
            String word = item.targetGroups() ? "group " : "kind ";
            return Node.aligned(text, item.span(), word, word.length() + item.definitions().get(0).name().source().length());
        }
        return Node.line(text, item.span());
    }

    @Override
    public Node visitLocation(Item.Location item) {
        return block(item, item.entries().stream().map(e -> e.span()).toList());
    }

    /** A grid's header has no span of its own: it runs from the first period to the last. */
    @Override
    public Node visitTable(Item.Table item) {
        List<String> lines = List.of(Printer.print(item).split("\n"));
        List<Node> children = new ArrayList<>();
        if (!item.columns().isEmpty()) {
            Span header = item.columns().get(0).span().to(item.columns().get(item.columns().size() - 1).span());
            children.add(Node.line(lines.get(1).substring(2), header));
        }
        for (int i = 0; i < item.rows().size(); i++) {
            children.add(Node.line(lines.get(children.size() + 1).substring(2), item.rows().get(i).span()));
        }
        return Node.block(lines.get(0), item.span(), brace(item.span()), children);
    }

    /** Definitions of a run align their '=' signs. */
    @Override
    public Node visitLet(Item.Let item) {
        return Node.aligned(Printer.print(item), item.span(), "let", "let ".length() + item.name().source().length());
    }

    @Override
    public Node visitReport(Item.Report item) {
        return block(item, item.entries().stream().map(e -> e.span()).toList());
    }

    @Override
    public Node visitQuota(Item.Quota item) {
        return block(item, item.entries().stream().map(e -> e.span()).toList());
    }

    @Override
    public Node visitActual(Item.Actual item) {
        return block(item, item.entries().stream().map(e -> e.span()).toList());
    }

    @Override
    public Node visitKey(Item.Key item) {
        return block(item, item.entries().stream().map(Item.KeyEntry::span).toList());
    }

    @Override
    public Node visitCheck(Item.Check item) {
        return Node.line(Printer.print(item), item.span());
    }

    @Override
    public Node visitReported(Item.Reported item) {
        return Node.line(Printer.print(item), item.span());
    }

    /** A scenario's declarations are nodes of their own, so comments inside them stay inside. */
    @Override
    public Node visitScenario(Item.Scenario item) {
        String head = Printer.print(item).split("\n")[0];
        List<Node> children = new ArrayList<>();
        for (ScenarioEntry entry : item.entries()) {
            if (entry instanceof ScenarioEntry.Replace replace) {
                children.add(of(replace.item()));
            } else if (entry instanceof ScenarioEntry.Add add) {
                children.add(of(add.item()).prefixed("add ", add.span()));
            } else {
                children.add(Node.line(Printer.print(entry), entry.span()));
            }
        }
        return Node.block(head, item.span(), brace(item.span()), children);
    }
}
