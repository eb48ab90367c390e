package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.parse.antlr.CaplanParser;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;

/**
 * Every labelled alternative of the grammar has a builder: one of the builders declares its
 * {@code visitXxx} method. A new alternative without one fails here rather than at its first use,
 * where the base builder would throw.
 */
class BuilderCoverageTest {
    private static final List<Class<? extends Builder<?>>> BUILDERS = List.of(
            ItemBuilder.class, LocationEntryBuilder.class, ReportEntryBuilder.class, QuotaEntryBuilder.class,
            ScenarioBuilder.class, ExprBuilder.class, FilterBuilder.class, ReplBuilder.class);

    @Test
    void everyLabelledAlternativeHasABuilder() {
        assertThat(missingVisitors(BUILDERS)).isEmpty();
    }

    @Test
    void theAlternativesAreFoundByReflection() {
        Set<String> names = new TreeSet<>();
        labelledAlternatives().forEach(alternative -> names.add(alternative.getSimpleName()));
        assertThat(names).hasSizeGreaterThan(50).contains("ImportItemContext", "ScenarioItemContext",
                "CapacityEntryContext", "RowsEntryContext", "LevelEntryContext", "DropEntryContext",
                "ParenExprContext", "AtExprContext", "InFilterContext", "ReplCellContext", "ReplEmptyContext");
        assertThat(names).doesNotContain("ItemContext", "NameContext", "PeriodContext", "ModelContext");
    }

    @Test
    void aBuilderLeftOutIsReported() {
        List<Class<? extends Builder<?>>> withoutRepl = new ArrayList<>(BUILDERS);
        withoutRepl.remove(ReplBuilder.class);
        assertThat(missingVisitors(withoutRepl)).containsExactlyInAnyOrder(
                "visitReplItem", "visitReplSegment", "visitReplCell", "visitReplExpr", "visitReplEmpty");
    }

    @Test
    void anAlternativeNobodyHandlesThrows() {
        Atoms atoms = new Atoms(SourceFile.ofText("<test>", "1 + 2"), new Diagnostics());
        CaplanParser.StandaloneExprContext tree = parser("1 + 2").standaloneExpr();
        ItemBuilder items = new ItemBuilder(atoms, new ExprBuilder(atoms));
        assertThatThrownBy(() -> items.visit(tree.expr()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no builder for AddExprContext");
        assertThatThrownBy(() -> new FilterBuilder(atoms).visit(tree))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no builder for StandaloneExprContext");
        assertThatThrownBy(() -> new ExprBuilder(atoms).visit(tree.EOF()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no builder for the token");
    }

    @Test
    void theBuildersBuildWhatTheyHandle() {
        Atoms atoms = new Atoms(SourceFile.ofText("<test>", "1 + 2"), new Diagnostics());
        CaplanParser.StandaloneExprContext tree = parser("1 + 2").standaloneExpr();
        assertThat(new ExprBuilder(atoms).visit(tree.expr())).isNotNull();
    }

    /** The visitor methods of labelled alternatives that none of the builders declares. */
    private static List<String> missingVisitors(List<Class<? extends Builder<?>>> builders) {
        List<String> missing = new ArrayList<>();
        for (Class<?> alternative : labelledAlternatives()) {
            String method = "visit" + alternative.getSimpleName().replaceFirst("Context$", "");
            boolean declared = builders.stream().anyMatch(builder -> declares(builder, method, alternative));
            if (!declared) {
                missing.add(method);
            }
        }
        return missing;
    }

    private static boolean declares(Class<?> builder, String method, Class<?> parameter) {
        try {
            builder.getDeclaredMethod(method, parameter);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The context classes of labelled alternatives: each extends its rule's context, not ParserRuleContext. */
    private static List<Class<?>> labelledAlternatives() {
        return Arrays.stream(CaplanParser.class.getDeclaredClasses())
                .filter(ParserRuleContext.class::isAssignableFrom)
                .filter(context -> context.getSuperclass() != ParserRuleContext.class)
                .filter(context -> context.getSuperclass().getDeclaringClass() == CaplanParser.class)
                .toList();
    }

    private static CaplanParser parser(String text) {
        return new CaplanParser(new CommonTokenStream(new CaplanLexer(CharStreams.fromString(text))));
    }
}
