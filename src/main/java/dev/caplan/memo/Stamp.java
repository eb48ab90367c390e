package dev.caplan.memo;

import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a rendered memo was computed from, printed at its foot: the model's content hash (SHA-256
 * of the {@code .caplan} files the engine loaded, as it read them, each with its path relative to
 * the model's folder, so a copy of a model has the hash of the original), the git commit of the model's folder when it is in a
 * checkout ({@code null} otherwise), the scenario (null for the base model) and the day it was
 * rendered. The staleness check ({@code render --check}) compares figures, never the stamp.
 */
public record Stamp(String modelHash, String commit, String scenario, LocalDate date) {

    /** How many hex digits of the hash and the commit are shown: enough to tell versions apart. */
    private static final int SHOWN = 12;

    /** One line, the same in HTML and Markdown. */
    String line() {
        return "Rendered by caplan on " + date + " from model " + modelHash.substring(0, SHOWN)
                + (commit != null ? " (commit " + commit + ")" : "")
                + ", scenario " + (scenario != null ? scenario : "base") + ".";
    }

    /**
     * The model's content hash, over the files the engine loaded ({@code files}, with the texts it
     * read, so the hash names what was rendered) in path order, each named relative to the model's
     * folder ({@code given}, or the folder of the model file given).
     */
    static String hash(Path given, List<SourceFile> files) {
        Path model = given.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(model) ? model : model.getParent();
        Map<String, SourceFile> byName = new TreeMap<>();
        for (SourceFile file : files) {
            if (file.path() != null) {
                byName.put(relative(folder, file.path()), file);
            }
        }
        MessageDigest digest = sha256();
        byName.forEach((name, file) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.bytes()); // as read: with its byte-order mark when it had one
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(folder) ? folder.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The commit the model's folder is at, from {@code git rev-parse}, with "+ changes" when its
     * files differ from it; null outside a checkout or without git. Git is asked, not {@code .git}
     * read, so worktrees and packed references need nothing special.
     */
    static String commit(Path model) {
        Path folder = Files.isDirectory(model) ? model : model.toAbsolutePath().getParent();
        String head = git(folder, "rev-parse", "--short=" + SHOWN, "HEAD");
        if (head == null || head.isBlank()) {
            return null;
        }
        String changes = git(folder, "status", "--porcelain", "--", ".");
        return head.strip() + (changes != null && !changes.isBlank() ? " + changes" : "");
    }

    /** The output of a git command run in {@code folder}; null when it fails or takes too long. */
    private static String git(Path folder, String... arguments) {
        List<String> command = Stream.concat(Stream.of("git", "-C", folder.toAbsolutePath().toString()),
                Stream.of(arguments)).toList();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                return null;
            }
            return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // no git: the stamp says nothing about commits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
