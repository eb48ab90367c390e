// What the extension needs to know about caplan without VS Code: where the launcher is and
// which folder is a file's model. Kept apart from extension.js so that `node --test` runs it.
'use strict';

const fs = require('fs');
const path = require('path');

/**
 * The caplan launcher to run: the configured path (a file, or a name looked up on the PATH),
 * else `caplan` on the PATH; undefined when there is none.
 */
function findCaplan(configured, env = process.env, platform = process.platform) {
    const wanted = (configured || '').trim() || 'caplan';
    if (wanted.includes('/') || wanted.includes('\\')) {
        return isExecutable(wanted) ? wanted : undefined;
    }
    const extensions = platform === 'win32' ? (env.PATHEXT || '.CMD;.BAT;.EXE').split(';') : [''];
    for (const dir of (env.PATH || '').split(path.delimiter).filter(Boolean)) {
        for (const extension of extensions) {
            const candidate = path.join(dir, wanted + extension);
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

function isExecutable(file) {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/**
 * The model folder of a file, as `caplan lsp` takes it: the file's own folder, or, for a file in a
 * `scenarios` folder, the folder above (models/ijsselland/scenarios/firm.caplan: models/ijsselland).
 */
function modelFolder(file) {
    const folder = path.dirname(file);
    return path.basename(folder) === 'scenarios' ? path.dirname(folder) : folder;
}

/** The arguments of `caplan eval` for a model folder and an optional scenario. */
function evalArguments(folder, scenario) {
    const args = ['eval', '--color=never'];
    if ((scenario || '').trim()) {
        args.push('--scenario', scenario.trim());
    }
    args.push(folder);
    return args;
}

module.exports = { findCaplan, modelFolder, evalArguments };
