package dev.caplan.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every meta-command in the one table is documented in docs/repl.md (in a {@code ###} heading)
 * and used by name in a REPL transcript, so a new command fails here until it has both.
 */
class MetaCommandsTest {

    @Test
    void everyCommandIsDocumentedAndHasATranscript() throws IOException {
        Session session = Session.open(List.of(Path.of("examples/town"))).value();
        Repl repl = new Repl(session, new StreamIO(new BufferedReader(new StringReader("")),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        String doc = Files.readString(Path.of("docs/repl.md"), StandardCharsets.UTF_8);
        StringBuilder transcripts = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases/repl"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".repl")).toList()) {
                transcripts.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        for (MetaCommand command : repl.commands().all()) {
            assertThat(doc).as("docs/repl.md documents :%s", command.name()).containsPattern("(?m)^###.*:" + command.name() + "\\b");
            assertThat(transcripts.toString()).as("a transcript uses :%s", command.name())
                    .containsPattern("(?m)^:" + command.name() + "\\b");
        }
    }
}
