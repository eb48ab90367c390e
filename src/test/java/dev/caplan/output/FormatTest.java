package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parsesEveryLowercaseName() {
        assertThat(Format.parse("table")).contains(Format.TABLE);
        assertThat(Format.parse("csv")).contains(Format.CSV);
        assertThat(Format.parse("json")).contains(Format.JSON);
        assertThat(Format.parse("markdown")).contains(Format.MARKDOWN);
    }

    @Test
    void rejectsUnknownAndNonLowercaseNames() {
        assertThat(Format.parse("xml")).isEmpty();
        assertThat(Format.parse("JSON")).isEmpty();
        assertThat(Format.parse("")).isEmpty();
        assertThat(Format.parse(null)).isEmpty();
    }

    @Test
    void displayNameRoundTrips() {
        for (Format format : Format.values()) {
            assertThat(Format.parse(format.displayName())).contains(format);
        }
    }

    @Test
    void everyFormatHasARenderer() {
        for (Format format : Format.values()) {
            assertThat(Renderers.of(format)).isNotNull();
        }
    }
}
