package dev.caplan.ast;

import java.util.List;

/** One line (or block) typed at the REPL: a declaration, a tweak of one part of one, or an expression. */
public sealed interface ReplInput {

    /** A whole declaration: replaces the one of the same kind and name, or adds it. */
    record Declaration(Item item) implements ReplInput {
    }

    /** {@code "ROL Zwolle" capacity 300 from 2023-06-01}: one capacity line (or note, option) of one location. */
    record Segment(Name location, LocationEntry entry) implements ReplInput {
    }

    /** {@code cno[Kampen, 2023-01-01] = 50}: one cell of a grid table. */
    record Cell(Name table, Name row, PeriodLit column, Item.Cell cell) implements ReplInput {
    }

    /** An expression, with the periods to show it over ({@code azc over 2023-01 .. 2023-12}); {@code over} may be empty. */
    record Expression(Expr expr, List<ColumnSpec> over) implements ReplInput {
        public Expression {
            over = List.copyOf(over);
        }
    }

    /** Nothing but blanks and comments. */
    record Empty() implements ReplInput {
    }
}
