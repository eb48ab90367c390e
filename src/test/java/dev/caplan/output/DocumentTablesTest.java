package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Tables inside documents (HTML and Markdown): the table format's marks, footnotes, escaping. */
class DocumentTablesTest {

    @Test
    void htmlCellsCarryTheMarksAndTheirFigures() {
        String html = HtmlTableRenderer.render(Fixtures.formatted(), "12");
        assertThat(html).contains("<td class=\"num tentative\" title=\"counts tentative values; firm: 0.45\" "
                + "data-line=\"12\" data-figure=\"memo: share, 2023-H1\">50.0 %?</td>");
        assertThat(html).contains("<td class=\"num partial\" data-line=\"12\" data-figure=\"memo: share, 2023-H2\">"
                + "82.0 %*</td>");
        assertThat(html).contains("<td class=\"num unknown\" title=\"unknown\" data-line=\"12\" "
                + "data-figure=\"memo: bounded, 2023-H1\">-</td>");
        assertThat(html).contains(">50.0 % (40.0–60.0 %)</td>");
        assertThat(html).contains("<p class=\"footnotes\">? = counts tentative values (firm value differs)<br>"
                + "* = from the known days only: some days of the period are unknown</p>");
    }

    @Test
    void htmlEscapesEveryTextFromTheModel() {
        String html = HtmlTableRenderer.render(Fixtures.capacity(), "1");
        assertThat(html).contains("<th scope=\"row\">Kampen, &quot;De Vest&quot;</th>")
                .contains("data-figure=\"capacity: Kampen, &quot;De Vest&quot;, 2023-01-01\"")
                .contains("<caption>Reception capacity</caption>");
        assertThat(HtmlTableRenderer.escape("<script>a & 'b'</script>"))
                .isEqualTo("&lt;script&gt;a &amp; &#39;b&#39;&lt;/script&gt;");
        assertThat(HtmlTableRenderer.value(new ResultCell(new BigDecimal("1965"), new BigDecimal("1685")),
                NumberFormat.PLAIN, "3", "azc at 2023-07-01")).isEqualTo("<span class=\"value tentative\" "
                + "title=\"counts tentative values; firm: 1685\" data-line=\"3\" data-figure=\"azc at 2023-07-01\">"
                + "1965?</span>");
    }

    @Test
    void markdownTablesEscapeAndBoldTheTitleAndTotal() {
        String markdown = MarkdownTableRenderer.render(Fixtures.capacity());
        assertThat(markdown).startsWith("**Reception capacity**\n\n| location | 2023-01-01 | 2023-Q1 |\n|---|---:|---:|\n");
        assertThat(markdown).contains("| Olst-Wijhe/Raalte | 100? | 1000 |\n")
                .contains("| **total** | **650.3333?** | **1214.3** |\n")
                .endsWith("\n? = counts tentative values (firm value differs)\n");
        assertThat(MarkdownTableRenderer.escape("a|b *c* <i>[x](y)</i>"))
                .isEqualTo("a\\|b \\*c\\* \\<i\\>\\[x\\](y)\\</i\\>");
    }
}
