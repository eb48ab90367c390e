package dev.caplan.parse;

import dev.caplan.parse.antlr.CaplanBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.RuleNode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every AST builder: a visitor of ANTLR's parse tree that builds one family of AST
 * nodes, one {@code visitXxx} method per labelled alternative. Whatever a builder does not handle
 * falls through to {@link #visitChildren}, which throws instead of quietly returning null, so a
 * grammar alternative without a builder fails loudly at its first use (and
 * {@code BuilderCoverageTest} fails before that).
 */
abstract class Builder<T> extends CaplanBaseVisitor<T> {
    protected final Atoms atoms;

    protected Builder(Atoms atoms) {
        this.atoms = atoms;
    }

    /** Builds each context in order. */
    final List<T> visitAll(List<? extends ParseTree> contexts) {
        List<T> result = new ArrayList<>(contexts.size());
        for (ParseTree context : contexts) {
            result.add(visit(context));
        }
        return result;
    }

    @Override
    public final T visitChildren(RuleNode node) {
        throw new IllegalStateException("no builder for " + node.getClass().getSimpleName()
                + " in " + getClass().getSimpleName());
    }

    @Override
    public final T visitTerminal(TerminalNode node) {
        throw new IllegalStateException("no builder for the token '" + node.getText()
                + "' in " + getClass().getSimpleName());
    }

    @Override
    public final T visitErrorNode(ErrorNode node) {
        throw new IllegalStateException("no builder for the repaired input '" + node.getText()
                + "' in " + getClass().getSimpleName());
    }
}
