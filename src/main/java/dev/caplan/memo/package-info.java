/**
 * Memos: Markdown documents whose tables and numbers come from a model. A memo names its model
 * (and scenario) in front matter, shows reports, queries, checks and explanations in fenced
 * {@code caplan} blocks and values inline ({@code {{ azc at 2023-07-01 }}}); it is rendered to one
 * self-contained HTML page or to GitHub-flavoured Markdown, stamped with what it was computed
 * from, and checked for staleness against a committed rendering. The only package that sees
 * CommonMark (org.commonmark); it asks the engine's {@code Plan} like the command line does and
 * writes numbers through {@code output}.
 */
package dev.caplan.memo;
