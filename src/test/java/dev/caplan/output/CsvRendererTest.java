package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

class CsvRendererTest {

    private final Renderer renderer = Renderers.of(Format.CSV);

    @Test
    void writesOneExactLinePerCellAndQuotesOnlyWhereNeeded() {
        assertThat(renderer.render(List.of(Fixtures.capacity(), Fixtures.intake()))).isEqualTo("""
                report,row,column,first,last,value,firm,tentative,low,high,partial
                capacity,Zwolle (Lumen),2023-01-01,2023-01-01,2023-01-01,550,550,false,,,false
                capacity,Zwolle (Lumen),2023-Q1,2023-01-01,2023-03-31,214.3,214.3,false,,,false
                capacity,Olst-Wijhe/Raalte,2023-01-01,2023-01-01,2023-01-01,100,60,true,,,false
                capacity,Olst-Wijhe/Raalte,2023-Q1,2023-01-01,2023-03-31,1000,1000,false,,,false
                capacity,"Kampen, ""De Vest""\",2023-01-01,2023-01-01,2023-01-01,0.333333333,0.333333333,false,,,false
                capacity,"Kampen, ""De Vest""\",2023-Q1,2023-01-01,2023-03-31,0,0,false,,,false
                capacity,total,2023-01-01,2023-01-01,2023-01-01,650.333333333,610.333333333,true,,,false
                capacity,total,2023-Q1,2023-01-01,2023-03-31,1214.3,1214.3,false,,,false
                intake,adults,value,,,12,12,false,,,false
                intake,minors,value,,,3.5,3.5,false,,,false
                """);
    }

    @Test
    void ignoresFormatsAndKeepsExactValues() {
        assertThat(renderer.render(List.of(Fixtures.formatted()))).isEqualTo("""
                report,row,column,first,last,value,firm,tentative,low,high,partial
                memo,share,2023-H1,2023-01-01,2023-06-30,0.5,0.45,true,,,false
                memo,share,2023-H2,2023-07-01,2023-12-31,0.82,0.82,false,,,true
                memo,bounded,2023-H1,2023-01-01,2023-06-30,,,false,,,false
                memo,bounded,2023-H2,2023-07-01,2023-12-31,0.5,0.5,false,0.4,0.6,false
                memo,places,2023-H1,2023-01-01,2023-06-30,75500,75500,false,,,false
                memo,places,2023-H2,2023-07-01,2023-12-31,1596163.5,1596163.5,false,,,false
                memo,total,2023-H1,2023-01-01,2023-06-30,75501.5,75501.5,false,,,false
                memo,total,2023-H2,2023-07-01,2023-12-31,1596164.82,1596164.82,false,,,false
                """);
    }

    @Test
    void readsBackToTheSameLabels() {
        String csv = renderer.render(List.of(Fixtures.capacity()));
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> lines = mapper.readerForListOf(String.class).readValues(csv)) {
            List<List<String>> all = lines.readAll();
            assertThat(all).hasSize(9);
            assertThat(all.get(5)).containsExactly(
                    "capacity", "Kampen, \"De Vest\"", "2023-01-01", "2023-01-01", "2023-01-01", "0.333333333", "0.333333333", "false", "", "", "false");
        }
    }

    @Test
    void writesOnlyTheHeaderForNoTables() {
        assertThat(renderer.render(List.of())).isEqualTo("report,row,column,first,last,value,firm,tentative,low,high,partial\n");
    }
}
