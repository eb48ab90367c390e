package dev.caplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as rules that fail the build: third-party types stay in their package
 * (ANTLR in parse, picocli in cli, Jackson and fastexcel in output, JLine in repl, CommonMark in memo,
 * LSP4J in lsp), the command line, the REPL, memos and the language server reach the stages only through
 * the engine, rendering does not reach into evaluation, and no two packages depend on each other.
 * ArchUnit reads the compiled classes, so it sees every use of a type (a field, a call, a fully
 * qualified name), not only import lines. Two rules about the
 * sources themselves (a package-info per package, no fully qualified names in code) read the text.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/caplan");
    private static final Path TEST = Path.of("src/test/java/dev/caplan");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.caplan");
    }

    @Test
    void theRulesSeeTheCode() {
        assertThat(classes.size()).as("classes imported from target/classes").isGreaterThan(150);
        assertThat(classes.contain("dev.caplan.engine.Pipeline")).isTrue();
    }

    @Test
    void antlrStaysInParse() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.parse..")
                .should().dependOnClassesThat().resideInAPackage("org.antlr..").check(classes);
    }

    @Test
    void picocliStaysInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    @Test
    void jacksonStaysInOutput() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.output..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..").check(classes);
    }

    @Test
    void fastexcelStaysInOutput() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.output..")
                .should().dependOnClassesThat().resideInAPackage("org.dhatim.fastexcel..").check(classes);
    }

    @Test
    void commonmarkStaysInMemo() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.memo..")
                .should().dependOnClassesThat().resideInAPackage("org.commonmark..").check(classes);
    }

    /** A memo asks the engine, as the command line does, and writes through output; never the stages. */
    @Test
    void memosUseTheEngineNotTheStages() {
        noClasses().that().resideInAPackage("dev.caplan.memo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.parse..", "dev.caplan.check..",
                        "dev.caplan.ast..", "dev.caplan.series..", "dev.caplan.eval..", "dev.caplan.cli..",
                        "dev.caplan.repl..")
                .check(classes);
    }

    @Test
    void jlineStaysInTheRepl() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.repl..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..").check(classes);
    }

    @Test
    void lsp4jStaysInTheLanguageServer() {
        noClasses().that().resideOutsideOfPackage("dev.caplan.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.lsp4j..", "com.google.gson..")
                .check(classes);
    }

    @Test
    void commandLineAndReplUseTheEngineNotTheStages() {
        noClasses().that().resideInAnyPackage("dev.caplan.cli..", "dev.caplan.repl..", "dev.caplan.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.parse..", "dev.caplan.check..",
                        "dev.caplan.ast..", "dev.caplan.series..", "dev.caplan.eval..", "dev.caplan.format..")
                .check(classes);
    }

    /** The formatter prints a tree and the comments it is given: it parses nothing and resolves nothing. */
    @Test
    void theFormatterWorksOnTheTreeAlone() {
        noClasses().that().resideInAPackage("dev.caplan.format..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.parse..", "dev.caplan.check..",
                        "dev.caplan.eval..", "dev.caplan.engine..", "dev.caplan.output..", "dev.caplan.cli..",
                        "dev.caplan.repl..")
                .check(classes);
    }

    @Test
    void outputDoesNotReachIntoEvaluation() {
        noClasses().that().resideInAPackage("dev.caplan.output..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.eval..", "dev.caplan.engine..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachForward() {
        noClasses().that().resideInAnyPackage("dev.caplan.ast..", "dev.caplan.parse..", "dev.caplan.check..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.eval..", "dev.caplan.output..",
                        "dev.caplan.engine..", "dev.caplan.cli..", "dev.caplan.repl..", "dev.caplan.lsp..",
                        "dev.caplan.format..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.caplan.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.caplan.output..", "dev.caplan.engine..",
                        "dev.caplan.cli..", "dev.caplan.repl..", "dev.caplan.lsp..", "dev.caplan.parse..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.caplan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(dir);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Code names types by their simple name and imports them: a fully qualified name in the middle
     * of a line hides a dependency from whoever reads the imports. Comments and strings may name
     * anything.
     */
    @Test
    void noFullyQualifiedNamesInCode() throws IOException {
        Pattern qualified = Pattern.compile("(?<![\\w.])(?:java|javax|dev\\.caplan|org|com|tools|picocli)"
                + "(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(MAIN, TEST)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = codeOf(lines.get(i));
                        Matcher matcher = qualified.matcher(code);
                        if (!code.startsWith("import ") && !code.startsWith("package ") && matcher.find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The line without string literals and comments (a line comment, or a line inside a block comment). */
    private static String codeOf(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("*") || stripped.startsWith("/*") || stripped.startsWith("//")) {
            return "";
        }
        String withoutStrings = stripped.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        int comment = withoutStrings.indexOf("//");
        return comment < 0 ? withoutStrings : withoutStrings.substring(0, comment);
    }
}
