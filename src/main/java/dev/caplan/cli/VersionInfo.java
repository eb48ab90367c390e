package dev.caplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code caplan --version}: the version and the git commit the build was made from, both written
 * into {@code version.properties} by the build (Maven's resource filtering; the commit from
 * {@code git rev-parse HEAD}). A build outside git, or from the sources without Maven, has no
 * commit and says so.
 */
final class VersionInfo implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = properties();
        return new String[] {line(properties.getProperty("version"), properties.getProperty("commit"))};
    }

    /** The version alone ({@code 0.1.0}), for machine-read output such as SARIF; empty when the build wrote none. */
    static Optional<String> version() {
        return property("version");
    }

    /**
     * The address of caplan's docs folder, ending with a slash, which SARIF output points each code's
     * rule at ({@code errors.md#e-...}); a build is told it with {@code -Dcaplan.docs.url=...}. Empty
     * when it was not: caplan cannot know where its docs are published.
     */
    static Optional<String> docsUrl() {
        return property("docs").map(url -> url.endsWith("/") ? url : url + "/");
    }

    private static Optional<String> property(String name) {
        try {
            String value = properties().getProperty(name);
            return filled(value) ? Optional.of(value.strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** One line: {@code caplan 0.1.0 (commit 0123abc...)}; a value the build did not fill in is unknown. */
    static String line(String version, String commit) {
        return "caplan " + (filled(version) ? version : "(development build)") + " ("
                + (filled(commit) ? "commit " + commit : "unknown commit") + ")";
    }

    /** Whether the build wrote a value: not missing, not empty, not a placeholder left as ${...}. */
    private static boolean filled(String value) {
        return value != null && !value.isBlank() && !value.contains("${");
    }
}
