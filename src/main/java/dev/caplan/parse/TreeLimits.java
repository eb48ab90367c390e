package dev.caplan.parse;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanParser.AddExprContext;
import dev.caplan.parse.antlr.CaplanParser.AtExprContext;
import dev.caplan.parse.antlr.CaplanParser.CompareExprContext;
import dev.caplan.parse.antlr.CaplanParser.GroupExprContext;
import dev.caplan.parse.antlr.CaplanParser.MultiplyExprContext;
import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Counts the operators of one declaration (or typed expression) before its AST is built: ANTLR
 * parses {@code a + b + c ...} in a loop, but the tree it gives nests one level per operator,
 * and every walk of the AST (building, checking, evaluating, printing) recurses that deep. So a
 * declaration with more than {@link Limits#OPERATORS} operators is refused here, with one located
 * diagnostic, and the rest of the file is kept. The count walks the tree with a stack of its own.
 */
final class TreeLimits {

    private TreeLimits() {
    }

    /** Whether the tree is within the limit; reports it when not. */
    static boolean check(ParserRuleContext tree, SourceFile file, Diagnostics diagnostics) {
        int operators = 0;
        Deque<ParseTree> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            ParseTree node = pending.pop();
            if (isOperator(node) && ++operators > Limits.OPERATORS) {
                int start = tree.getStart().getStartIndex();
                int end = tree.getStop() == null ? start + 1 : Math.max(start + 1, tree.getStop().getStopIndex() + 1);
                diagnostics.error(Code.LIMIT, new Span(file, start, Math.min(end, file.text().length())),
                        "more than " + Limits.OPERATORS + " operators in one declaration",
                        "split it into definitions (let part_1 = ...), each with fewer terms");
                return false;
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                pending.push(node.getChild(i));
            }
        }
        return true;
    }

    /** The alternatives of {@code expr} that join two operands (each nests the tree one level deeper). */
    private static boolean isOperator(ParseTree node) {
        // instanceof, not a set of classes: asked of every node of every declaration
        return node instanceof AddExprContext || node instanceof MultiplyExprContext
                || node instanceof CompareExprContext || node instanceof GroupExprContext || node instanceof AtExprContext;
    }
}
