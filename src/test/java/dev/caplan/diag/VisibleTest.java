package dev.caplan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as invisible and how it is written: {@code \x1b} for ASCII controls, {@code \u202e} beyond. */
class VisibleTest {

    @Test
    void asciiControlsAreWrittenAsHexBytes() {
        assertThat(Visible.text("\u001b]0;pwned\u0007")).isEqualTo("\\x1b]0;pwned\\x07");
        assertThat(Visible.text("a\u0000b\u007fc\rd\te\nf")).isEqualTo("a\\x00b\\x7fc\\x0dd\\x09e\\x0af");
    }

    @Test
    void otherInvisibleCharactersAreWrittenAsCodePoints() {
        assertThat(Visible.text("\u202eKampen\u202c")).isEqualTo("\\u202eKampen\\u202c");
        assertThat(Visible.text("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
        assertThat(Visible.text("\u0085\u009b\u200e\u200f\u2066\u2069\u200b\ufeff"))
                .isEqualTo("\\u0085\\u009b\\u200e\\u200f\\u2066\\u2069\\u200b\\ufeff");
        assertThat(Visible.text("tag\udb40\udc01")).isEqualTo("tag\\U000e0001");
        assertThat(Visible.text("lone\ud800")).isEqualTo("lone\\ud800");
    }

    @Test
    void visibleTextIsLeftAsItIs() {
        String text = "Zwolle (Lumen) – Olst-Wijhe, ‘s-Heerenberg, Ærø, 東京, 🙂, \\x1b";
        assertThat(Visible.text(text)).isSameAs(text);
        assertThat(Visible.text(null)).isNull();
    }

    @Test
    void linesKeepTheirBreaksAndTabs() {
        assertThat(Visible.lines("a\tb\nc\u001b[2J\r\n")).isEqualTo("a\tb\nc\\x1b[2J\\x0d\n");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = Visible.text("\u001b\u202e\u0000");
        assertThat(Visible.text(once)).isEqualTo(once);
    }
}
