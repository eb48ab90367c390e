#!/usr/bin/env node
// Tokenises files with caplan's TextMate grammar as VS Code does (vscode-textmate on the
// Oniguruma regex engine) and prints, for each file, its tokens with their scopes as JSON:
//   [{"file": "...", "tokens": [{"start": 0, "end": 7, "scopes": ["source.caplan", "..."]}, ...]}]
// start and end are UTF-16 offsets into the whole file, as Java's String counts them.
// Usage: node editors/tokenize.js FILE...      (after editors/setup has installed the packages)
'use strict';

const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, 'caplan.tmLanguage.json');

async function loadGrammar() {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName) => scopeName === 'source.caplan'
            ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR)
            : null,
    });
    return registry.loadGrammar('source.caplan');
}

/** The tokens of one text, line by line, carrying the rule stack from one line to the next. */
function tokenize(grammar, text) {
    const tokens = [];
    const lineBreak = /\r\n|\r|\n/g;
    let ruleStack = textmate.INITIAL;
    let lineStart = 0;
    for (;;) {
        const match = lineBreak.exec(text);
        const lineEnd = match ? match.index : text.length;
        const line = text.substring(lineStart, lineEnd);
        const result = grammar.tokenizeLine(line, ruleStack);
        for (const token of result.tokens) {
            const end = Math.min(token.endIndex, line.length);
            if (end > token.startIndex) {
                tokens.push({ start: lineStart + token.startIndex, end: lineStart + end, scopes: token.scopes });
            }
        }
        ruleStack = result.ruleStack;
        if (!match) {
            return tokens;
        }
        lineStart = match.index + match[0].length;
    }
}

async function main(files) {
    if (files.length === 0) {
        process.stderr.write('usage: node tokenize.js FILE...\n');
        process.exit(64);
    }
    const grammar = await loadGrammar();
    const out = files.map((file) => ({ file, tokens: tokenize(grammar, fs.readFileSync(file, 'utf8')) }));
    process.stdout.write(JSON.stringify(out) + '\n');
}

main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`tokenize.js: ${error.stack || error}\n`);
    process.exit(1);
});
