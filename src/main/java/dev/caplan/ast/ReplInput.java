package dev.caplan.ast;

import java.util.List;

/** One line (or block) typed at the REPL: a declaration, a tweak of one part of one, or an expression. */
public sealed interface ReplInput {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of input; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitDeclaration(Declaration input);

        R visitSegment(Segment input);

        R visitCell(Cell input);

        R visitExpression(Expression input);

        R visitEmpty(Empty input);
    }

    /** A whole declaration: replaces the one of the same kind and name, or adds it. */
    record Declaration(Item item) implements ReplInput {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDeclaration(this);
        }
    }

    /** {@code "ROL Zwolle" capacity 300 from 2023-06-01}: one capacity line (or note, option) of one location. */
    record Segment(Name location, LocationEntry entry) implements ReplInput {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSegment(this);
        }
    }

    /** {@code cno[Kampen, 2023-01-01] = 50}: one cell of a grid table. */
    record Cell(Name table, Name row, PeriodLit column, Item.Cell cell) implements ReplInput {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCell(this);
        }
    }

    /** An expression, with the periods to show it over ({@code azc over 2023-01 .. 2023-12}); {@code over} may be empty. */
    record Expression(Expr expr, List<ColumnSpec> over) implements ReplInput {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExpression(this);
        }

        public Expression {
            over = List.copyOf(over);
        }
    }

    /** Nothing but blanks and comments. */
    record Empty() implements ReplInput {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitEmpty(this);
        }
    }
}
