package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names of a whole model, found through the AST's visitors and resolved to what they name. */
class NameOccurrencesTest {
    private static final EditorModel IJSSELLAND = EditorModel.load(List.of(Path.of("models/ijsselland").toAbsolutePath()),
            Map.of(), null);

    @Test
    void everyReferenceOfIjssellandResolvesToADeclaration() {
        assertThat(IJSSELLAND.occurrences()).hasSizeGreaterThan(150);
        assertThat(IJSSELLAND.occurrences()).filteredOn(o -> !o.declaration())
                .allSatisfy(o -> assertThat(o.kind()).as("%s at %s", o.name(), o.span().location()).isNotEqualTo("unknown"));
        assertThat(IJSSELLAND.occurrences()).filteredOn(o -> !o.declaration() && !o.kind().equals("function")
                        && !o.kind().equals("option"))
                .allSatisfy(o -> assertThat(IJSSELLAND.declarationsOf(o)).as("%s at %s", o.name(), o.span().location())
                        .isNotEmpty());
    }

    @Test
    void theTableCnoAndTheLetCnoAreTwoSymbols() {
        List<NameOccurrence> declared = IJSSELLAND.declarationsOf("cno");
        assertThat(declared).extracting(NameOccurrence::kind).containsExactlyInAnyOrder("table", "let");
        assertThat(declared).extracting(NameOccurrence::symbol).containsExactlyInAnyOrder("table cno", "let cno");
        NameOccurrence let = declared.stream().filter(o -> o.kind().equals("let")).findFirst().orElseThrow();
        assertThat(IJSSELLAND.occurrencesOf(let)).allSatisfy(o -> assertThat(o.kind()).isEqualTo("let"))
                .hasSizeLessThan(IJSSELLAND.occurrencesOf("cno").size());
    }

    @Test
    void aBareNameInCapacityIsAnAreaWhenOneHasItAndALocationOtherwise() {
        assertThat(IJSSELLAND.occurrencesOf("IJsselland")).filteredOn(o -> !o.declaration())
                .allSatisfy(o -> assertThat(o.symbol()).isEqualTo("area IJsselland"));
    }
}
