package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.PeriodLit;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.SourceFile;
import dev.caplan.time.PeriodKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A week ({@code 2022-W23}) is one period token: coloured as a period, read as a period. */
class WeekTokensTest {

    @Test
    void aWeekIsOnePeriodToken() {
        List<Lexeme> tokens = ModelParser.tokens("x at 2022-W23");

        assertThat(tokens).contains(new Lexeme(5, 13, TokenKind.PERIOD));
    }

    @Test
    void aWeekIsReadAsAPeriodAndARangeOfWeeks() {
        Diagnostics diagnostics = new Diagnostics();
        PeriodLit week = ModelParser.parsePeriod(SourceFile.ofText("<t>", "2022-W23"), diagnostics);
        List<ColumnSpec> specs = ModelParser.parseColumns(SourceFile.ofText("<t>", "2022-W01 .. 2022-W10 weekly"),
                diagnostics);

        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(week.period().kind()).isEqualTo(PeriodKind.WEEK);
        assertThat(specs).hasSize(1);
        assertThat(specs.get(0).last().text()).isEqualTo("2022-W10");
        assertThat(specs.get(0).step().text()).isEqualTo("weekly");
    }
}
