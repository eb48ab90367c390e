package dev.caplan.engine;

import java.nio.file.Path;

/**
 * One change of one file's text: at {@code offset}, {@code removed} became {@code inserted}. The
 * undo history keeps these, not copies of files, so a thousand tweaks of a large model cost the
 * few characters they changed.
 */
record TextEdit(Path file, int offset, String removed, String inserted) {

    /** The edit that takes this one back. */
    TextEdit inverse() {
        return new TextEdit(file, offset, inserted, removed);
    }
}
