package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Comment;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.ReplInput;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.parse.antlr.CaplanParser;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parse stage: text in, AST out, syntax diagnostics collected. The only door to ANTLR; no
 * ANTLR type leaves this package.
 *
 * <p>Valid input is parsed with the fast SLL mode and a bailing strategy; only input with errors
 * is parsed again in full LL mode with recovery, so every syntax error of a file is reported.
 */
public final class ModelParser {

    private ModelParser() {
    }

    /**
     * Parses a whole file. Items with a syntax error inside are left out (their errors are in the
     * collector) and the rest is kept, so one garbage line does not hide the other problems of a file.
     * So are items the parser found on the rest of a line after a common mistake: its recovery, not
     * declarations (the {@code kind AZC} after {@code location "X" in Olst-Wijhe}).
     */
    public static SourceUnit parseFile(SourceFile file, Diagnostics diagnostics) {
        Diagnostics syntax = new Diagnostics();
        SyntaxErrorCollector collector = new SyntaxErrorCollector(file, syntax);
        CaplanParser.ModelContext tree = parse(file, collector, CaplanParser::model);
        diagnostics.addAll(syntax);
        // a tree parsed without a syntax error needs no search for repaired parts
        if (tree == null) {
            return new SourceUnit(file, List.of());
        }
        List<Integer> errorOffsets = syntax.all().stream().filter(d -> d.isError() && d.span() != null)
                .map(d -> d.span().start()).toList();
        List<Item> items = new ArrayList<>(new AstBuilder(file, diagnostics).model(tree, errorOffsets));
        items.removeIf(item -> collector.isRecovery(item.span().start()));
        return new SourceUnit(file, items);
    }

    /** Parses one expression (a query); null when it has syntax errors. */
    public static Expr parseExpr(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        CaplanParser.StandaloneExprContext tree = parse(file, local, CaplanParser::standaloneExpr);
        diagnostics.addAll(local);
        return local.hasErrors() || !TreeLimits.check(tree, file, diagnostics) ? null
                : new AstBuilder(file, diagnostics).expr(tree.expr());
    }

    /** Parses a period given on the command line ({@code --at 2023-07-01}); null after errors. */
    public static PeriodLit parsePeriod(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        CaplanParser.StandalonePeriodContext tree = parse(file, local, CaplanParser::standalonePeriod);
        diagnostics.addAll(local);
        return local.hasErrors() ? null : new AstBuilder(file, diagnostics).period(tree.period());
    }

    /** Parses column specifications given on the command line ({@code --over 2023-01 .. 2023-12}); null after errors. */
    public static List<ColumnSpec> parseColumns(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        CaplanParser.StandaloneColumnsContext tree = parse(file, local, CaplanParser::standaloneColumns);
        diagnostics.addAll(local);
        if (local.hasErrors()) {
            return null;
        }
        return new AstBuilder(file, diagnostics).columns(tree.columnSpec());
    }

    /** Parses REPL input; null when it has syntax errors (they are in the collector). */
    public static ReplInput parseReplInput(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        CaplanParser.ReplInputContext tree = parse(file, local, CaplanParser::replInput);
        diagnostics.addAll(local);
        return local.hasErrors() || !TreeLimits.check(tree, file, diagnostics) ? null
                : new AstBuilder(file, diagnostics).replInput(tree);
    }

    /**
     * Whether REPL input stops in the middle of something (an open block, a trailing operator): the
     * only syntax errors are at its very end, so more lines may complete it.
     */
    public static boolean isIncomplete(String text) {
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = SourceFile.ofText("<input>", text);
        parse(file, diagnostics, CaplanParser::replInput);
        int end = text.stripTrailing().length();
        return diagnostics.hasErrors() && diagnostics.all().stream().allMatch(d -> d.span().start() >= end);
    }

    /**
     * The comments of a file, in order, with their spans: the tree leaves them out, and the
     * formatter puts them back. The lexer alone finds them, so a file with syntax errors has them too.
     */
    public static List<Comment> comments(SourceFile file) {
        List<Comment> comments = new ArrayList<>();
        for (Token token : new TokenScanner(CharStreams.fromString(file.text())).allTokens()) {
            if (token.getType() == CaplanLexer.COMMENT) {
                int start = token.getStartIndex();
                int lineStart = file.lineStart(file.lineOf(start));
                boolean ownLine = file.text().substring(lineStart, start).isBlank();
                comments.add(new Comment(new Span(file, start, token.getStopIndex() + 1), token.getText(), ownLine));
            }
        }
        return comments;
    }

    /** The pieces of a text by kind, for colouring; unknown characters come out as ERROR. */
    public static List<Lexeme> tokens(String text) {
        List<Lexeme> tokens = new ArrayList<>();
        for (Token token : new TokenScanner(CharStreams.fromString(text)).allTokens()) {
            tokens.add(new Lexeme(token.getStartIndex(), token.getStopIndex() + 1, TokenKinds.of(token.getType())));
        }
        return tokens;
    }

    private static <T extends ParserRuleContext> T parse(SourceFile file, Diagnostics diagnostics,
                                                         Function<CaplanParser, T> entry) {
        return parse(file, new SyntaxErrorCollector(file, diagnostics), entry);
    }

    private static <T extends ParserRuleContext> T parse(SourceFile file, SyntaxErrorCollector collector,
                                                         Function<CaplanParser, T> entry) {
        CommonTokenStream tokens = new CommonTokenStream(new TokenScanner(CharStreams.fromString(file.text(), file.displayName())));
        tokens.fill();
        if (!InputLimits.check(tokens.getTokens(), collector.file(), collector.diagnostics())) {
            return null; // past a limit: not parsed at all, so the parser cannot overflow its stack
        }
        CaplanParser parser = new CaplanParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return entry.apply(parser);
        } catch (ParseCancellationException slow) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(collector);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return entry.apply(parser);
        }
    }
}
