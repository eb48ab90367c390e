/**
 * Source text and positions. Takes file contents; gives {@link dev.caplan.source.SourceFile}
 * (text plus a line index) and {@link dev.caplan.source.Span} (a character range in one file).
 * Depends on nothing else in caplan.
 */
package dev.caplan.source;
