package dev.caplan.memo;

import dev.caplan.source.Span;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/** The nodes a memo's parse tree gets in place of its {@code caplan} blocks and inline values. */
final class MemoNodes {

    private MemoNodes() {
    }

    /** One answered line of a block: what it asked and what it shows. */
    record Answered(Directive directive, Shown shown) {
    }

    /**
     * A fenced {@code caplan} block, answered; {@code firstLine} and {@code lastLine} (1-based,
     * fences included) are where it stands in the memo.
     */
    static final class Block extends CustomBlock {
        final List<Answered> lines;
        final int firstLine;
        final int lastLine;

        Block(List<Answered> lines, int firstLine, int lastLine) {
            this.lines = List.copyOf(lines);
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }
    }

    /** A {@code {{ EXPR }}} in running text, answered; {@code written} is it as written, braces included. */
    static final class Value extends CustomNode {
        final Asked asked;
        final Span span;
        final String written;
        final Shown shown;

        Value(Asked asked, Span span, String written, Shown shown) {
            this.asked = asked;
            this.span = span;
            this.written = written;
            this.shown = shown;
        }
    }
}
