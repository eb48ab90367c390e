/**
 * {@code caplan fmt}: a model file in its one canonical layout. Takes a parsed {@code SourceUnit}
 * and the file's comments (which the tree leaves out), gives the formatted text. The tree is
 * printed by {@code ast.Printer} (one place for how a declaration is written, and for grid tables);
 * this package adds what a file has beyond its tree: comments in their places, blank lines between
 * declarations, trailing comments and runs of definitions aligned.
 */
package dev.caplan.format;
