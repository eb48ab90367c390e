package dev.caplan.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every kind of node the AST has occurs in a model file that parses cleanly, so the parse → print
 * → parse round trip ({@link RoundTripTest}) exercises its builder and its printer. A new kind of
 * declaration, line or expression fails here until a model, an example or a sample under
 * {@code src/test/resources/cases/parse} uses it. The kinds are read from the sealed interfaces
 * themselves, so this list cannot go stale.
 */
class KindCoverageTest {
    private static final List<Path> ROOTS = List.of(Path.of("models"), Path.of("examples"), Path.of("src/test/resources"));
    private static final List<Class<?>> FAMILIES = List.of(Item.class, LocationEntry.class, ReportEntry.class,
            QuotaEntry.class, ScenarioEntry.class, Filter.class, Expr.class);

    @Test
    void everyKindOfNodeHasAnExample() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Path file : modelFiles()) {
            Diagnostics diagnostics = new Diagnostics();
            SourceUnit unit = ModelParser.parseFile(SourceFile.ofText(file.toString(), Files.readString(file)), diagnostics);
            if (diagnostics.isEmpty()) {
                unit.items().forEach(item -> collect(item, seen));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> family : FAMILIES) {
            for (Class<?> kind : kinds(family)) {
                if (!seen.contains(kind.getName())) {
                    missing.add(kind.getName());
                }
            }
        }
        assertThat(missing).as("kinds of node no clean model file uses").isEmpty();
    }

    @Test
    void everyItemKindHasAnExample() throws IOException {
        Set<ItemKind> seen = new TreeSet<>();
        for (Path file : modelFiles()) {
            Diagnostics diagnostics = new Diagnostics();
            SourceUnit unit = ModelParser.parseFile(SourceFile.ofText(file.toString(), Files.readString(file)), diagnostics);
            if (diagnostics.isEmpty()) {
                unit.items().forEach(item -> seen.add(item.itemKind()));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(ItemKind.values());
    }

    /** The records under a sealed interface, through sealed sub-interfaces. */
    private static List<Class<?>> kinds(Class<?> family) {
        List<Class<?>> kinds = new ArrayList<>();
        for (Class<?> sub : family.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                kinds.add(sub);
            } else {
                kinds.addAll(kinds(sub));
            }
        }
        return kinds;
    }

    /** Every node in a tree, by class name, through record components and lists. */
    private static void collect(Object node, Set<String> seen) {
        if (node instanceof Collection<?> list) {
            list.forEach(element -> collect(element, seen));
            return;
        }
        if (node == null || !node.getClass().isRecord() || !node.getClass().getPackageName().equals("dev.caplan.ast")) {
            return;
        }
        seen.add(node.getClass().getName());
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            try {
                collect(component.getAccessor().invoke(node), seen);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static List<Path> modelFiles() throws IOException {
        return TestFiles.caplanFiles(ROOTS);
    }
}
