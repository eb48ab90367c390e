// The caplan extension: starts `caplan lsp` with vscode-languageclient for .caplan files, and
// adds "caplan: evaluate model", which shows `caplan eval` of the open file's model folder.
'use strict';

const vscode = require('vscode');
const { execFile } = require('child_process');
const { LanguageClient } = require('vscode-languageclient/node');
const { findCaplan, modelFolder, evalArguments } = require('./caplan');

const EVAL_TIMEOUT_MS = 120000;
const EVAL_MAX_OUTPUT = 16 * 1024 * 1024;

let client;
let evalOutput;

async function activate(context) {
    evalOutput = vscode.window.createOutputChannel('caplan eval');
    context.subscriptions.push(
        evalOutput,
        vscode.commands.registerCommand('caplan.evaluateModel', evaluateModel),
        vscode.commands.registerCommand('caplan.restartServer', restartServer),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration('caplan.path') || event.affectsConfiguration('caplan.referenceDate')) {
                restartServer();
            }
        }),
    );
    await startServer();
}

async function deactivate() {
    await stopServer();
}

function settings() {
    return vscode.workspace.getConfiguration('caplan');
}

/** The launcher, or undefined after telling the user how to make it found. */
function caplanOrComplain() {
    const configured = settings().get('path');
    const caplan = findCaplan(configured);
    if (!caplan) {
        const where = configured ? `caplan.path is "${configured}", which is not an executable file`
            : 'caplan is not on the PATH';
        vscode.window.showErrorMessage(
            `caplan was not found: ${where}. Set caplan.path to the caplan launcher (the file "caplan" `
            + 'at the top of a caplan checkout, which needs Java 17), or put it on the PATH.',
            'Open Settings',
        ).then((choice) => {
            if (choice) {
                vscode.commands.executeCommand('workbench.action.openSettings', 'caplan.path');
            }
        });
    }
    return caplan;
}

async function startServer() {
    const caplan = caplanOrComplain();
    if (!caplan) {
        return;
    }
    const referenceDate = (settings().get('referenceDate') || '').trim();
    // No `transport`: with TransportKind.stdio the client adds a --stdio argument, which
    // caplan lsp refuses (it always talks on standard input and output).
    const serverOptions = { command: caplan, args: ['lsp'] };
    const clientOptions = {
        documentSelector: [{ scheme: 'file', language: 'caplan' }],
        initializationOptions: referenceDate ? { referenceDate } : {},
        outputChannelName: 'caplan language server',
    };
    client = new LanguageClient('caplan', 'caplan language server', serverOptions, clientOptions);
    try {
        await client.start();
    } catch (error) {
        vscode.window.showErrorMessage(`caplan lsp did not start (${caplan}): ${error.message || error}`);
    }
}

async function stopServer() {
    const running = client;
    client = undefined;
    if (running) {
        try {
            await running.stop();
        } catch {
            // a server that died already has nothing to stop
        }
    }
}

async function restartServer() {
    await stopServer();
    await startServer();
}

/** Runs `caplan eval` on the model folder of the active .caplan file and shows what it prints. */
async function evaluateModel() {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'caplan' || editor.document.uri.scheme !== 'file') {
        vscode.window.showInformationMessage('Open a .caplan file of a model to evaluate it.');
        return;
    }
    const caplan = caplanOrComplain();
    if (!caplan) {
        return;
    }
    const folder = modelFolder(editor.document.uri.fsPath);
    const args = evalArguments(folder, settings().get('evaluate.scenario'));
    const unsaved = vscode.workspace.textDocuments
        .filter((document) => document.isDirty && document.languageId === 'caplan'
            && modelFolder(document.uri.fsPath) === folder)
        .map((document) => vscode.workspace.asRelativePath(document.uri));
    evalOutput.clear();
    evalOutput.show(true);
    evalOutput.appendLine(`$ ${caplan} ${args.join(' ')}`);
    if (unsaved.length > 0) {
        evalOutput.appendLine(`(caplan eval reads the files on disk: unsaved changes in ${unsaved.join(', ')} are not in this)`);
    }
    evalOutput.appendLine('');
    await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'caplan eval' },
        () => new Promise((resolve) => {
            execFile(caplan, args, { cwd: folder, timeout: EVAL_TIMEOUT_MS, maxBuffer: EVAL_MAX_OUTPUT },
                (error, stdout, stderr) => {
                    evalOutput.append(stdout);
                    if (stderr) {
                        evalOutput.append(stderr);
                    }
                    if (error) {
                        evalOutput.appendLine(error.killed ? `caplan eval was stopped after ${EVAL_TIMEOUT_MS / 1000} s`
                            : `caplan eval exited with ${error.code}`);
                    }
                    resolve();
                });
        }),
    );
}

module.exports = { activate, deactivate };
