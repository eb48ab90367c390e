package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Heap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The undo history keeps edits, not copies of files: tweaks of a model whose edited file is over
 * 5 MB leave the heap a few MB larger at most. Keeping a copy of the file per step, as the history
 * once did, holds 5.5 MB per tweak: 10 tweaks are 55 MB, past twice the bound, so 10 tweaks tell the
 * two apart; each tweak parses the 5 MB file again, which takes a second or more on a busy shared
 * machine. {@code -Dtweaks=1000} runs the thousand. Undo and redo still walk the history.
 */
class UndoMemoryTest {
    private static final int TWEAKS = Integer.getInteger("tweaks", 10);
    private static final long BOUND = 24L << 20;

    @TempDir
    Path temp;

    @Test
    void tweaksOfALargeModelKeepTheHeapSmall() throws IOException {
        Path model = temp.resolve("national");
        assertThat(CliRun.of("generate", model.toString(), "--locations", "100", "--years", "2").exitCode()).isZero();
        Path locations = model.resolve("locations-000.caplan");
        String line = " ".repeat(99) + "\n"; // padding that parses fast: blank lines
        Files.writeString(locations, line.repeat(52_500), StandardOpenOption.APPEND);
        assertThat(Files.size(locations)).isGreaterThan(5L << 20);

        Session session = Session.open(List.of(model)).value();
        assertThat(session).isNotNull();
        String original = Files.readString(locations);
        tweak(session, 0);
        long before = Heap.usedAfterGc();
        for (int i = 1; i <= TWEAKS; i++) {
            tweak(session, i);
        }
        long grown = Heap.usedAfterGc() - before;
        System.out.printf("UndoMemoryTest: heap grew %.1f MB after %d tweaks of a %.1f MB file%n", grown / 1048576.0,
                TWEAKS, Files.size(locations) / 1048576.0);
        assertThat(grown).as("heap growth after %s tweaks: %s bytes", TWEAKS, grown).isLessThan(BOUND);

        for (int i = 0; i <= TWEAKS; i++) {
            assertThat(session.undo().hasErrors()).isFalse();
        }
        assertThat(session.undo().text()).isEqualTo("nothing to undo\n");
        assertThat(session.save().text()).isEqualTo("nothing to save\n");
        assertThat(session.redo().hasErrors()).isFalse();
        assertThat(session.diff()).contains("+  capacity 1000 from").hasSizeLessThan(1_000); // a diff of a 5 MB file
        assertThat(Files.readString(locations)).isEqualTo(original);
    }

    private static void tweak(Session session, int i) {
        Reply reply = session.submit("\"L00001\" capacity " + (1000 + i) + " from 2024-01-01");
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
    }
}
