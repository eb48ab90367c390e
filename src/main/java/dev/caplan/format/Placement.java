package dev.caplan.format;

import dev.caplan.ast.Comment;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each comment of a file on the node it belongs to (see {@link Formatter}); no comment is
 * left out. A comment inside a one-line entry that spans lines in the file cannot stay inside it,
 * and goes before it.
 */
final class Placement {
    private final SourceFile file;

    Placement(SourceFile file) {
        this.file = file;
    }

    /** Places {@code comments} (all within the list's region) on {@code nodes}, inside {@code owner} (null: the file). */
    void place(List<Node> nodes, List<Comment> comments, Node owner, List<Comment> closing) {
        Map<Node, List<Comment>> inside = new LinkedHashMap<>();
        List<Comment> chain = null; // the trailing comments the next own-line comment may continue
        for (Comment comment : comments) {
            int at = comment.span().start();
            Node container = nodes.stream().filter(n -> n.span.start() <= at && at < n.span.end()).findFirst().orElse(null);
            if (container != null) {
                if (container.isBlock() && at > container.brace) {
                    inside.computeIfAbsent(container, n -> new ArrayList<>()).add(comment);
                } else {
                    container.leading.add(comment);
                }
                chain = null;
                continue;
            }
            Node before = null;
            for (Node node : nodes) {
                before = node.span.end() <= at ? node : before;
            }
            if (!comment.ownLine() && owner != null && before == null && line(at) == line(owner.brace)) {
                owner.afterBrace.add(comment);
                chain = owner.afterBrace;
            } else if (!comment.ownLine() && before != null && line(before.span.end() - 1) == line(at)) {
                before.trailing.add(comment);
                chain = before.trailing;
            } else if (chain != null && continues(chain.get(chain.size() - 1), comment)) {
                chain.add(comment);
            } else {
                chain = null;
                Node after = nodes.stream().filter(n -> n.span.start() > at).findFirst().orElse(null);
                (after == null ? closing : after.leading).add(comment);
            }
        }
        for (Node node : nodes) {
            if (node.isBlock()) {
                place(node.children, inside.getOrDefault(node, List.of()), node, node.closing);
            }
        }
    }

    /** An own-line comment on the next line, at the same column: the previous end-of-line comment goes on. */
    private boolean continues(Comment previous, Comment comment) {
        return comment.ownLine() && line(comment.span().start()) == line(previous.span().start()) + 1
                && file.columnOf(comment.span().start()) == file.columnOf(previous.span().start());
    }

    private int line(int offset) {
        return file.lineOf(offset);
    }
}
