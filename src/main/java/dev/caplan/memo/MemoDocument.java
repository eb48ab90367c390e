package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import dev.caplan.output.HtmlTableRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A memo parsed (CommonMark with GFM tables) and answered: its {@code caplan} blocks and inline
 * values replaced by nodes that hold what the model gives ({@link MemoNodes}), ready for a renderer.
 * The front matter's lines are blanked before parsing so every line keeps its number in the memo.
 */
final class MemoDocument {
    static final String OPEN = "{{";
    static final String CLOSE = "}}";
    private static final String INFO = "caplan";

    final SourceFile memo;
    final Node root;
    final List<MemoNodes.Block> blocks;
    final List<MemoNodes.Value> values;

    private MemoDocument(SourceFile memo, Node root, List<MemoNodes.Block> blocks, List<MemoNodes.Value> values) {
        this.memo = memo;
        this.root = root;
        this.blocks = List.copyOf(blocks);
        this.values = List.copyOf(values);
    }

    /** The parser, with GFM tables: the tables an analyst writes by hand in a memo. */
    static Parser parser() {
        return Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /** Parses the memo's body (after {@code frontMatterLines}) and answers its blocks and values. */
    static MemoDocument answer(SourceFile memo, int frontMatterLines, Answers answers) {
        StringBuilder body = new StringBuilder();
        List<String> lines = memo.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            body.append(i < frontMatterLines ? "" : lines.get(i)).append('\n');
        }
        Node root = parser().parse(body.toString());
        List<FencedCodeBlock> fenced = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                if (info.equals(INFO) || info.startsWith(INFO + " ")) {
                    fenced.add(block);
                }
            }

            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains(OPEN)) {
                    texts.add(text);
                }
            }
        });
        List<MemoNodes.Block> blocks = new ArrayList<>();
        for (FencedCodeBlock block : fenced) {
            MemoNodes.Block answered = block(memo, block, answers);
            block.insertAfter(answered);
            block.unlink();
            blocks.add(answered);
        }
        List<MemoNodes.Value> values = new ArrayList<>();
        for (Text text : texts) {
            values.addAll(split(memo, text, answers));
        }
        return new MemoDocument(memo, root, blocks, values);
    }

    private static MemoNodes.Block block(SourceFile memo, FencedCodeBlock block, Answers answers) {
        List<SourceSpan> spans = block.getSourceSpans();
        int fenceLine = spans.get(0).getLineIndex() + 1;
        int lastLine = spans.get(spans.size() - 1).getLineIndex() + 1;
        List<MemoNodes.Answered> answered = new ArrayList<>();
        List<String> content = block.getLiteral().lines().toList();
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int memoLine = fenceLine + 1 + i;
            int start = memo.lineStart(memoLine) + Math.max(0, memo.lineText(memoLine).indexOf(line));
            Directive directive = Directive.read(memo, start, line);
            answered.add(new MemoNodes.Answered(directive, answers.block(directive)));
        }
        if (answered.isEmpty()) {
            Span span = FrontMatter.lineSpan(memo, fenceLine);
            Directive empty = Directive.read(memo, span.start(), "");
            answered.add(new MemoNodes.Answered(empty, answers.block(empty)));
        }
        return new MemoNodes.Block(answered, fenceLine, lastLine);
    }

    /** Splits a text node at its {@code {{ ... }}}s; an opening without a closing stays text. */
    private static List<MemoNodes.Value> split(SourceFile memo, Text text, Answers answers) {
        String literal = text.getLiteral();
        SourceSpan where = text.getSourceSpans().isEmpty() ? null : text.getSourceSpans().get(0);
        int base = where == null ? 0 : memo.lineStart(where.getLineIndex() + 1) + where.getColumnIndex();
        List<MemoNodes.Value> values = new ArrayList<>();
        int from = 0;
        int open = literal.indexOf(OPEN);
        while (open >= 0) {
            int close = literal.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                break;
            }
            if (open > from) {
                text.insertBefore(new Text(literal.substring(from, open)));
            }
            String inner = literal.substring(open + OPEN.length(), close);
            int innerStart = Math.min(memo.text().length(), base + open + OPEN.length());
            Span span = new Span(memo, Math.min(base + open, memo.text().length()),
                    Math.min(memo.text().length(), base + close + CLOSE.length()));
            Asked asked = Asked.split(inner, innerStart);
            MemoNodes.Value value = new MemoNodes.Value(asked, span, literal.substring(open, close + CLOSE.length()),
                    asked.expression().isEmpty() ? empty(span) : answers.value(asked, span));
            text.insertBefore(value);
            values.add(value);
            from = close + CLOSE.length();
            open = literal.indexOf(OPEN, from);
        }
        if (from > 0) {
            if (from < literal.length()) {
                text.insertBefore(new Text(literal.substring(from)));
            }
            text.unlink();
        }
        return values;
    }

    private static Shown empty(Span span) {
        return new Shown.Failed(List.of(Diagnostic.error(Code.MEMO, span, "an inline value needs an expression")
                .withHint("write {{ azc at 2023-07-01 }}")));
    }

    /** The memo's title: its first heading's text, or null. */
    String title() {
        StringBuilder title = new StringBuilder();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (title.isEmpty()) {
                    heading.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text text) {
                            title.append(text.getLiteral());
                        }

                        @Override
                        public void visit(CustomNode node) {
                            if (node instanceof MemoNodes.Value value) {
                                title.append(value.shown instanceof Shown.Value shown
                                        ? HtmlTableRenderer.text(shown.cell(), shown.format()) : value.written);
                            }
                        }
                    });
                }
            }
        });
        return title.isEmpty() ? null : title.toString();
    }

    /** Every problem the memo's blocks and values met, in the order they stand in the memo. */
    List<Diagnostic> problems() {
        record Placed(int at, List<Diagnostic> diagnostics) {
        }
        List<Placed> placed = new ArrayList<>();
        for (MemoNodes.Block block : blocks) {
            for (MemoNodes.Answered line : block.lines) {
                if (line.shown() instanceof Shown.Failed failed) {
                    placed.add(new Placed(line.directive().span().start(), failed.diagnostics()));
                }
            }
        }
        for (MemoNodes.Value value : values) {
            if (value.shown instanceof Shown.Failed failed) {
                placed.add(new Placed(value.span.start(), failed.diagnostics()));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::at));
        return placed.stream().flatMap(p -> p.diagnostics().stream()).toList();
    }
}
