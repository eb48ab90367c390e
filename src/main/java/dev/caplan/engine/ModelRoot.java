package dev.caplan.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder a model lives in: the folder given on the command line, or the folder of a file
 * given there. Imports stay inside it, both as written ({@code ..} cannot climb out) and after
 * symbolic links are followed ({@code real}), so a model cannot make caplan read other files.
 */
record ModelRoot(Path folder, Path real) {

    static ModelRoot of(Path folder) {
        Path absolute = Workspace.key(folder);
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute; // a folder that cannot be resolved holds nothing to read anyway
        }
        return new ModelRoot(absolute, real);
    }

    /** The root of the model a file given on the command line starts. */
    static ModelRoot ofFile(Path file) {
        Path parent = Workspace.key(file).getParent();
        return of(parent == null ? Path.of("/") : parent);
    }

    boolean holds(Path absolute) {
        return absolute.normalize().startsWith(folder);
    }

    boolean holdsReal(Path real) {
        return real.startsWith(this.real);
    }

    String shown() {
        return SourceLoader.displayName(folder);
    }
}
