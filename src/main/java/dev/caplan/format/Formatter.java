package dev.caplan.format;

import dev.caplan.ast.Comment;
import dev.caplan.ast.SourceUnit;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A model file in its canonical layout (docs/language.md, "Layout"). Declarations are printed from
 * the tree; comments come back where they were: an own-line comment before the declaration or entry
 * it precedes (or, after the last entry, before the closing brace), an end-of-line comment after the
 * line it ended, with the own-line comments right under it at its column as its continuation.
 * Blank lines between declarations and entries are kept, several as one.
 *
 * <p>The result depends only on the tree, the comments and where blank lines were, so formatting
 * formatted text changes nothing.
 */
public final class Formatter {
    private static final String INDENT = "  ";
    /** Between the longest line of a run and its trailing comments. */
    private static final int COMMENT_GAP = 3;

    private Formatter() {
    }

    /** The canonical text of a file that parsed without errors, with every one of its comments. */
    public static String format(SourceUnit unit, List<Comment> comments) {
        List<Node> nodes = unit.items().stream().map(Canonical::of).map(Nodes::of).toList();
        List<Comment> closing = new ArrayList<>();
        new Placement(unit.file()).place(nodes, comments, null, closing);
        StringBuilder out = new StringBuilder();
        render(unit.file(), nodes, closing, "", out);
        return usesCrLf(unit.file().text()) ? out.toString().replace("\n", "\r\n") : out.toString();
    }

    /** A file whose first line ends in CR LF keeps CR LF line ends (an editor on Windows wrote it); any other gets LF. */
    private static boolean usesCrLf(String text) {
        int end = text.indexOf('\n');
        return end > 0 && text.charAt(end - 1) == '\r';
    }

    /** One printed element of a list: an own-line comment or a node, with whether a blank line goes before it. */
    private record Element(Comment comment, Node node, boolean blankBefore) {
        int end() {
            if (comment != null) {
                return comment.span().end();
            }
            return node.trailing.isEmpty() ? node.span.end() : node.trailing.get(node.trailing.size() - 1).span().end();
        }
    }

    private static void render(SourceFile file, List<Node> nodes, List<Comment> closing, String indent, StringBuilder out) {
        List<Element> elements = elements(file, nodes, closing);
        List<String> texts = alignedTexts(elements);
        int[] columns = commentColumns(elements, texts, indent);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element.blankBefore()) {
                out.append('\n');
            }
            if (element.comment() != null) {
                out.append(indent).append(text(element.comment())).append('\n');
            } else if (element.node().isBlock()) {
                Node block = element.node();
                out.append(indent);
                line(out, indent.length() + block.text.length(), block.text, block.afterBrace, -1);
                render(file, block.children, block.closing, indent + INDENT, out);
                out.append(indent);
                line(out, indent.length() + 1, "}", block.trailing, -1);
            } else {
                out.append(indent);
                line(out, indent.length() + texts.get(i).length(), texts.get(i), element.node().trailing, columns[i]);
            }
        }
    }

    /** A line and its trailing comments: the first after it at {@code column} (-1: a gap), the others under it. */
    private static void line(StringBuilder out, int width, String text, List<Comment> trailing, int column) {
        out.append(text);
        int at = column < 0 ? width + COMMENT_GAP : column;
        for (int i = 0; i < trailing.size(); i++) {
            out.append(" ".repeat(i == 0 ? at - width : at)).append(text(trailing.get(i))).append('\n');
        }
        if (trailing.isEmpty()) {
            out.append('\n');
        }
    }

    private static String text(Comment comment) {
        return comment.text().stripTrailing();
    }

    /** Each node after its leading comments, then the comments that close the list; blank lines where the file had them. */
    private static List<Element> elements(SourceFile file, List<Node> nodes, List<Comment> closing) {
        List<Element> elements = new ArrayList<>();
        for (Node node : nodes) {
            for (Comment comment : node.leading) {
                elements.add(new Element(comment, null, blankBetween(file, elements, comment.span().start())));
            }
            elements.add(new Element(null, node, blankBetween(file, elements, node.span.start())));
        }
        for (Comment comment : closing) {
            elements.add(new Element(comment, null, blankBetween(file, elements, comment.span().start())));
        }
        return elements;
    }

    /** Whether only blanks with an empty line among them lie between the last element and {@code start}; never first in a list. */
    private static boolean blankBetween(SourceFile file, List<Element> before, int start) {
        if (before.isEmpty()) {
            return false;
        }
        int end = before.get(before.size() - 1).end();
        if (end > start) {
            return false;
        }
        String gap = file.text().substring(end, start);
        return gap.isBlank() && gap.chars().filter(c -> c == '\n').count() >= 2;
    }

    /** The texts of line nodes, with the runs of definitions padded so that their names end in one column. */
    private static List<String> alignedTexts(List<Element> elements) {
        List<String> texts = new ArrayList<>();
        int i = 0;
        while (i < elements.size()) {
            int end = i + 1;
            Node first = elements.get(i).node();
            if (first != null && first.alignKey != null) {
                while (end < elements.size() && sameRun(elements.get(end), first.alignKey)) {
                    end++;
                }
            }
            int width = elements.subList(i, end).stream().mapToInt(e -> e.node() == null ? 0 : e.node().padAt).max().orElse(0);
            for (Element element : elements.subList(i, end)) {
                Node node = element.node();
                texts.add(node == null ? null : node.alignKey == null ? node.text
                        : node.text.substring(0, node.padAt) + " ".repeat(width - node.padAt) + node.text.substring(node.padAt));
            }
            i = end;
        }
        return texts;
    }

    private static boolean sameRun(Element element, String alignKey) {
        return element.node() != null && !element.blankBefore() && alignKey.equals(element.node().alignKey);
    }

    /**
     * The column of each line's trailing comment: the lines of a run (not parted by a blank line or
     * a block; own-line comments between them do not part them) put theirs in one column, a few
     * spaces after the longest of them.
     */
    private static int[] commentColumns(List<Element> elements, List<String> texts, String indent) {
        int[] columns = new int[elements.size()];
        int i = 0;
        while (i < elements.size()) {
            int end = i + 1;
            while (end < elements.size() && !elements.get(end).blankBefore() && !isBlock(elements.get(end))
                    && !isBlock(elements.get(i))) {
                end++;
            }
            int widest = 0;
            for (int j = i; j < end; j++) {
                Node node = elements.get(j).node();
                if (node != null && !node.isBlock() && !node.trailing.isEmpty()) {
                    widest = Math.max(widest, indent.length() + texts.get(j).length());
                }
            }
            for (int j = i; j < end; j++) {
                columns[j] = widest + COMMENT_GAP;
            }
            i = end;
        }
        return columns;
    }

    private static boolean isBlock(Element element) {
        return element.node() != null && element.node().isBlock();
    }
}
