package dev.caplan.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code *.caplan} entries under a model's folder, in path order. Names that start with a dot
 * are skipped, files and folders alike: a save's temporary files ({@code .azc.caplan.1a2b3c4d.tmp}),
 * {@code .git}, editors' lock files. Every entry named {@code *.caplan} is listed whatever it is (a
 * link, a pipe), so the reader can say why it will not read one instead of skipping it unseen;
 * linked folders are not entered. A folder that cannot be listed is a problem, with the reason.
 */
final class ModelTree {
    private final List<Path> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ModelTree() {
    }

    static ModelTree under(Path folder) {
        ModelTree tree = new ModelTree();
        tree.walk(folder);
        tree.entries.sort(null);
        return tree;
    }

    List<Path> entries() {
        return entries;
    }

    /** Why folders could not be listed ("cannot read folder X: permission denied"). */
    List<String> problems() {
        return problems;
    }

    private void walk(Path folder) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(children::add);
        } catch (IOException e) {
            problems.add("cannot read folder " + SourceLoader.displayName(folder) + ": " + IoProblems.reason(e));
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problems.add("cannot read " + SourceLoader.displayName(child) + ": " + IoProblems.reason(e));
                continue;
            }
            if (attributes.isDirectory()) {
                walk(child);
            } else if (name.endsWith(SourceLoader.EXTENSION)) {
                entries.add(child);
            }
        }
    }
}
