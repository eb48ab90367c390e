package dev.caplan.output;

import static dev.caplan.output.Fixtures.cell;
import static dev.caplan.output.Fixtures.firm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRendererTest {

    private final Renderer renderer = Renderers.of(Format.JSON);

    @Test
    void writesIndentedDocumentInFixedOrderWithNullTitleAndTotal() {
        assertThat(renderer.render(List.of(Fixtures.scalar(cell("1965", "1900"))))).isEqualTo("""
                {
                  "reports": [
                    {
                      "name": "q",
                      "title": null,
                      "rowHeader": "location",
                      "columns": [
                        {
                          "label": "2023-01-01",
                          "first": "2023-01-01",
                          "last": "2023-01-01"
                        }
                      ],
                      "rows": [
                        {
                          "label": "Zwolle",
                          "cells": [
                            {
                              "value": 1965,
                              "firm": 1900,
                              "tentative": true
                            }
                          ]
                        }
                      ],
                      "total": null
                    }
                  ]
                }
                """);
    }

    @Test
    void givesAFormattedRowsFormatBesideItsExactValues() throws Exception {
        JsonNode row = JsonMapper.builder().build().readTree(renderer.render(List.of(Fixtures.formatted())))
                .get("reports").get(0).get("rows").get(0);
        assertThat(row.get("format").toString()).isEqualTo("{\"percent\":true,\"decimals\":1,\"thousands\":null}");
        assertThat(row.get("cells").get(0).get("value").decimalValue()).isEqualByComparingTo("0.5");
        JsonNode places = JsonMapper.builder().build().readTree(renderer.render(List.of(Fixtures.formatted())))
                .get("reports").get(0).get("rows").get(2);
        assertThat(places.get("format").get("decimals").isNull()).isTrue();
        assertThat(places.get("format").get("thousands").asString()).isEqualTo(".");
        assertThat(places.get("cells").get(1).get("value").decimalValue()).isEqualByComparingTo("1596163.5");
    }

    @Test
    void writesExactPlainNumbers() {
        String json = renderer.render(List.of(Fixtures.capacity()));
        assertThat(json)
                .contains("\"value\": 214.3,")
                .contains("\"value\": 1000,")
                .contains("\"value\": 0.333333333,")
                .contains("\"value\": 650.333333333,")
                .contains("\"firm\": 610.333333333,")
                .doesNotContain("E+", "E-", "214.30", "0.3333,");
    }

    @Test
    void writesTinyAndHugeNumbersWithoutExponent() {
        String json = renderer.render(List.of(Fixtures.scalar(cell("1E-7", "1.5E+10"))));
        assertThat(json).contains("\"value\": 0.0000001,").contains("\"firm\": 15000000000,");
    }

    @Test
    void readsBackToTheSameStructure() {
        JsonNode root = JsonMapper.builder().build()
                .readTree(renderer.render(List.of(Fixtures.capacity(), Fixtures.intake())));
        JsonNode capacity = root.get("reports").get(0);
        assertThat(capacity.get("title").asString()).isEqualTo("Reception capacity");
        assertThat(capacity.get("rows").get(2).get("label").asString()).isEqualTo("Kampen, \"De Vest\"");
        assertThat(capacity.get("total").get("cells").get(0).get("tentative").asBoolean()).isTrue();
        assertThat(capacity.get("rows").get(1).get("cells").get(0).get("firm").decimalValue())
                .isEqualByComparingTo(new BigDecimal("60"));
        assertThat(root.get("reports").get(1).get("total").isNull()).isTrue();
    }

    @Test
    void writesEmptyReportListForNoTables() {
        assertThat(renderer.render(List.of())).isEqualTo("""
                {
                  "reports": []
                }
                """);
    }

    @Test
    void isDeterministic() {
        List<ResultTable> tables = List.of(Fixtures.capacity(), Fixtures.scalar(firm("3")));
        assertThat(renderer.render(tables)).isEqualTo(renderer.render(tables));
    }
}
