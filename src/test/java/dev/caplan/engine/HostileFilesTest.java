package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Models as an attacker or an unlucky disk leaves them: each case builds a model under {@code
 * target/hostile/NAME} (links, pipes, devices, huge and broken files cannot live in git), runs
 * {@code caplan check} on it and compares the transcript with {@code cases/files/NAME.err}. No
 * transcript may show a byte of a file outside the model.
 */
class HostileFilesTest {
    static final Path HOSTILE = Path.of("target/hostile");
    private static final Path GOLDEN = Path.of("src/test/resources/cases/files");
    static final String AREAS = """
            country Netherlands
            province Overijssel in Netherlands
            region IJsselland in Overijssel
            municipality Deventer in IJsselland
            kind AZC
            """;
    static final String SECRET = "SECRET-LINE-THAT-MUST-NOT-SHOW";

    /** Makes a case's files in its folder. */
    interface Build {
        void in(Path folder) throws Exception;
    }

    /** One hostile model, checked with {@code caplan check ARGS}: ARGS is the folder unless given. */
    record Case(String name, Build build, String... args) {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("import-etc-passwd", dir -> main(dir, "import \"/etc/passwd\"\n")));
        cases.add(new Case("import-proc-environ", dir -> main(dir, "import \"/proc/self/environ\"\n")));
        cases.add(new Case("import-parent", dir -> main(dir, "import \"../secret.caplan\"\n")));
        cases.add(new Case("import-dev-zero", dir -> main(dir, "import \"/dev/zero\"\n")));
        cases.add(new Case("link-out", dir -> {
            main(dir, "");
            Files.createSymbolicLink(dir.resolve("linked.caplan"), Path.of("../secret.caplan"));
        }));
        cases.add(new Case("import-link-out", dir -> {
            main(dir, "import \"linked.caplan\"\n");
            Files.createSymbolicLink(dir.resolve("linked.caplan"), Path.of("../secret.caplan"));
        }, "target/hostile/import-link-out/main.caplan"));
        cases.add(new Case("import-folder", dir -> {
            main(dir, "import \"sub.caplan\"\n");
            Files.createDirectories(dir.resolve("sub.caplan"));
        }));
        cases.add(new Case("import-pipe", dir -> {
            main(dir, "import \"pipe.caplan\"\n");
            run("mkfifo", dir.resolve("pipe.caplan").toString());
        }, "target/hostile/import-pipe/main.caplan"));
        cases.add(new Case("pipe-in-folder", dir -> {
            main(dir, "");
            run("mkfifo", dir.resolve("pipe.caplan").toString());
        }));
        cases.add(new Case("import-socket", dir -> {
            main(dir, "import \"socket.caplan\"\n");
            try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                socket.bind(UnixDomainSocketAddress.of(dir.resolve("socket.caplan")));
            }
        }, "target/hostile/import-socket/main.caplan"));
        cases.add(new Case("check-dev-zero", dir -> { }, "/dev/zero"));
        cases.add(new Case("import-not-caplan", dir -> {
            main(dir, "import \"notes.txt\"\n");
            Files.writeString(dir.resolve("notes.txt"), SECRET + "\n");
        }));
        cases.add(new Case("import-nul", dir -> main(dir, "import \"a\u0000b.caplan\"\n")));
        cases.add(new Case("dangling-link", dir -> {
            main(dir, "");
            Files.createSymbolicLink(dir.resolve("gone.caplan"), Path.of("moved-away.caplan"));
        }));
        cases.add(new Case("looping-links", dir -> {
            main(dir, "");
            Files.createSymbolicLink(dir.resolve("a.caplan"), Path.of("b.caplan"));
            Files.createSymbolicLink(dir.resolve("b.caplan"), Path.of("a.caplan"));
        }));
        cases.add(new Case("file-over-limit", dir -> {
            main(dir, "");
            try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.caplan").toFile(), "rw")) {
                huge.setLength(FileLimits.DEFAULT.fileBytes() + 1); // sparse: no disk is used
            }
        }));
        cases.add(new Case("not-utf8", dir -> {
            main(dir, "");
            Files.write(dir.resolve("latin1.caplan"), "let x = 1\nlet caf\u00e9 = 2\n".getBytes(StandardCharsets.ISO_8859_1));
        }));
        cases.add(new Case("byte-order-mark", dir -> Files.write(dir.resolve("main.caplan"),
                ("\ufeff" + AREAS + "let x = y\n").getBytes(StandardCharsets.UTF_8))));
        cases.add(new Case("crlf-lines", dir -> Files.writeString(dir.resolve("main.caplan"),
                (AREAS + "let x = 1\n\nlet y = z\n").replace("\n", "\r\n"))));
        cases.add(new Case("cr-lines", dir -> Files.writeString(dir.resolve("main.caplan"),
                (AREAS + "let x = 1\n\nlet y = z\n").replace("\n", "\r"))));
        cases.add(new Case("interrupted-save", dir -> {
            main(dir, "import \"reports.caplan\"\nlet x = 2\n");
            Files.writeString(dir.resolve("reports.caplan"), "let y = 1\n");
            Path temporary = dir.resolve(".reports.caplan.0badf00d.tmp");
            Files.writeString(temporary, "let y = 2\n");
            Files.writeString(dir.resolve(".caplan-save"), dir.resolve(".main.caplan.12345678.tmp").toAbsolutePath()
                    + "\t" + dir.resolve("main.caplan").toAbsolutePath() + "\n" + temporary.toAbsolutePath() + "\t"
                    + dir.resolve("reports.caplan").toAbsolutePath() + "\n");
        }));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> hostileModels() throws IOException {
        Files.createDirectories(HOSTILE);
        Files.writeString(HOSTILE.resolve("secret.caplan"), "# " + SECRET + "\nlet secret = 42\n");
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            // a pipe or a device that is opened would hang: fail instead
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(c));
            assertThat(run.exitCode()).as("exit code of %s", c.name()).isEqualTo(65);
            assertThat(run.transcript()).doesNotContain(SECRET).doesNotContain("root:x:0");
            Golden.assertMatches(GOLDEN.resolve(c.name() + ".err"), run.transcript());
        }));
    }

    /** The issue's first "done when": eval of a model importing /etc/passwd exits 65 and shows none of it. */
    @Test
    void evalOfAModelImportingEtcPasswd() throws Exception {
        Path folder = fresh("eval-etc-passwd");
        main(folder, "import \"/etc/passwd\"\n");
        CliRun run = CliRun.of("eval", folder.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("[E-OUTSIDE-MODEL]");
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            if (line.contains(":")) {
                assertThat(run.transcript()).doesNotContain(line);
            }
        }
    }

    /** Builds the case's model afresh and checks it. */
    static CliRun check(Case c) throws Exception {
        Path folder = fresh(c.name());
        c.build().in(folder);
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(c.args().length == 0 ? List.of(folder.toString()) : List.of(c.args()));
        return CliRun.of(args.toArray(String[]::new));
    }

    static Path fresh(String name) throws IOException {
        Path folder = HOSTILE.resolve(name);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            run("chmod", "-R", "u+rwx", folder.toString());
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    static void main(Path folder, String first) throws IOException {
        Files.writeString(folder.resolve("main.caplan"), first + AREAS);
    }

    static int run(String... command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Whether this process can read a file of mode 000 (it runs as root): then permission cases cannot be shown. */
    static boolean readsAnything(Path folder) throws IOException {
        Path probe = folder.resolve("probe");
        Files.writeString(probe, "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        boolean readable = Files.isReadable(probe);
        Files.delete(probe);
        return readable;
    }
}
