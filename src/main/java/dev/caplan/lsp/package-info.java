/**
 * The language server ({@code caplan lsp}): the Language Server Protocol over standard input and
 * output, on Eclipse LSP4J, answering an editor from the engine's {@link dev.caplan.engine.EditorModel}
 * (diagnostics as you type, hover, completion in context, inlay hints, quick fixes, definition,
 * references, symbols, rename, formatting) and {@link dev.caplan.engine.EditorFacts}. The only package that sees LSP4J and its JSON library; takes nothing from the
 * stages but what the engine gives.
 */
package dev.caplan.lsp;
