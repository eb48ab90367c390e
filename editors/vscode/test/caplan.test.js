'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { findCaplan, modelFolder, evalArguments } = require('../caplan');

test('a file in a scenarios folder belongs to the model above', () => {
    assert.strictEqual(modelFolder('/m/ijsselland/scenarios/firm.caplan'), '/m/ijsselland');
    assert.strictEqual(modelFolder('/m/ijsselland/azc.caplan'), '/m/ijsselland');
});

test('caplan is found on the PATH, or at the configured path, or not at all', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caplan-ext-'));
    const launcher = path.join(dir, 'caplan');
    fs.writeFileSync(launcher, '#!/bin/sh\n', { mode: 0o755 });
    const notExecutable = path.join(dir, 'other');
    fs.writeFileSync(notExecutable, '', { mode: 0o644 });

    assert.strictEqual(findCaplan('', { PATH: `/nowhere${path.delimiter}${dir}` }, 'linux'), launcher);
    assert.strictEqual(findCaplan(launcher, { PATH: '' }, 'linux'), launcher);
    assert.strictEqual(findCaplan('', { PATH: '/nowhere' }, 'linux'), undefined);
    assert.strictEqual(findCaplan(notExecutable, { PATH: dir }, 'linux'), undefined);
    assert.strictEqual(findCaplan(dir, { PATH: '' }, 'linux'), undefined);
});

test('eval runs on the folder, with the scenario when one is set', () => {
    assert.deepStrictEqual(evalArguments('/m', ''), ['eval', '--color=never', '/m']);
    assert.deepStrictEqual(evalArguments('/m', ' firm '), ['eval', '--color=never', '--scenario', 'firm', '/m']);
});
