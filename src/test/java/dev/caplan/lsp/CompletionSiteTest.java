package dev.caplan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.lsp.CompletionSite.Place;
import org.junit.jupiter.api.Test;

/** Where a completion is asked, from the text before the cursor (marked |). */
class CompletionSiteTest {

    private static CompletionSite at(String marked) {
        int cursor = marked.indexOf('|');
        return CompletionSite.at(marked.replace("|", ""), cursor);
    }

    @Test
    void datesAfterTheWordsThatTakeADayOrAPeriod() {
        assertThat(at("let a = azc at |").place()).isEqualTo(Place.DAY);
        assertThat(at("check azc >= 1 on 2023-01-01, |").place()).isEqualTo(Place.DAY);
        assertThat(at("location X in A kind K {\n  capacity 100 from |").place()).isEqualTo(Place.DAY);
        assertThat(at("quota q flow per year {\n  IJsselland 106 in |").place()).isEqualTo(Place.DAY);
        assertThat(at("report r {\n  columns 2022-12-01 .. |").place()).isEqualTo(Place.DAY);
    }

    @Test
    void rangesAfterOverAndColumns() {
        assertThat(at("let s = sum(x over |").place()).isEqualTo(Place.RANGE);
        assertThat(at("report r {\n  columns |").place()).isEqualTo(Place.RANGE);
        assertThat(at("report r {\n  columns 2023-01-01, |").place()).isEqualTo(Place.RANGE);
    }

    @Test
    void namesOfTheirSortInsideBrackets() {
        assertThat(at("let a = capacity[|").place()).isEqualTo(Place.SELECTOR);
        assertThat(at("let a = capacity[IJsselland, |").place()).isEqualTo(Place.SELECTOR);
        assertThat(at("let a = capacity[IJsselland, kind in (AZC, |").place()).isEqualTo(Place.KIND);
        assertThat(at("let a = capacity[location = |").place()).isEqualTo(Place.LOCATION);
        assertThat(at("let a = capacity[group != |").place()).isEqualTo(Place.GROUP);
        assertThat(at("let a = azc_places[|").place()).isEqualTo(Place.QUOTA_AREA);
        assertThat(at("let a = capacity[A] + azc_places[|").place()).isEqualTo(Place.QUOTA_AREA);
    }

    @Test
    void theWordsOfALineAtItsStartByTheBlockItIsIn() {
        assertThat(at("|").lineWords()).contains("location", "let", "quota", "country", "check").doesNotContain("area");
        assertThat(at("location \"X {\" in A kind K {\n  |").lineWords()).containsExactly("capacity", "group", "note", "option");
        assertThat(at("report r { # {\n  |").lineWords()).contains("rows", "columns");
        assertThat(at("location X in A kind K {\n}\n|").lineWords()).contains("location", "let");
        assertThat(at("quota q level {\n  |").place()).isEqualTo(Place.QUOTA_LINE);
        assertThat(at("scenario s {\n  |").lineWords()).contains("exercise", "without", "location");
        assertThat(at("scenario s {\n  add location X in A kind K {\n    |").lineWords()).contains("capacity");
    }

    @Test
    void optionsAfterExerciseOption() {
        assertThat(at("scenario s {\n  exercise |").place()).isEqualTo(Place.EXERCISE);
        assertThat(at("scenario s {\n  exercise option |").place()).isEqualTo(Place.OPTION);
    }

    @Test
    void nothingInACommentOrWhereANameIsDeclared() {
        assertThat(at("let a = 1 # at |").place()).isEqualTo(Place.COMMENT);
        assertThat(at("let |").place()).isEqualTo(Place.NEW_NAME);
        assertThat(at("location |").place()).isEqualTo(Place.NEW_NAME);
        assertThat(at("let a = \"#x\" + |").place()).isEqualTo(Place.EXPRESSION);
        assertThat(at("check |").place()).isEqualTo(Place.EXPRESSION);
    }

    @Test
    void areasAfterInKindsAfterKind() {
        assertThat(at("location X in |").place()).isEqualTo(Place.AREA);
        assertThat(at("location X in A kind |").place()).isEqualTo(Place.KIND);
        assertThat(at("let a = capacity by |").place()).isEqualTo(Place.BY);
    }
}
