// Takes the two screenshots in media/ (used by README.md and docs/editors.md): the extension at
// work in code-server (VS Code in the browser), driven by headless Chromium with playwright-core.
// Not part of the build or the tests; it records how the pictures were made. What was run, as
// root on a machine with Node 20, Debian's chromium and ripgrep, and build tools:
//   apt-get install -y chromium ripgrep build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
//   mkdir /tmp/cs && cd /tmp/cs && npm install --ignore-scripts code-server@4.100.3 playwright-core@1.64.1
//   npm rebuild argon2
//   cd node_modules/code-server/lib/vscode && npm install --omit=dev --ignore-scripts
//   npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @vscode/deviceid
//   mkdir -p node_modules/@vscode/ripgrep/bin && ln -s /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
//   ln -s node_modules node_modules.asar; (cd bin/remote-cli && ln -s code-linux.sh code-server); (cd bin/helpers && ln -s browser-linux.sh browser.sh)
//   (cd extensions && npm install --omit=dev --ignore-scripts)
// (code-server's own postinstall downloads ripgrep from the internet, which this machine cannot
// reach: hence the steps by hand.) Then, with settings.json in ud/User setting caplan.path,
// caplan.referenceDate 2023-07-01, the theme "Default Dark Modern" and files.autoSave and files.hotExit off:
//   code-server --user-data-dir ud --extensions-dir ext --install-extension caplan-0.1.0.vsix
//   code-server --auth none --bind-addr 127.0.0.1:8123 --user-data-dir ud --extensions-dir ext work/ijsselland &
//   cd editors/vscode && NODE_PATH=/tmp/cs/node_modules MODEL=/tmp/cs/work/ijsselland node screenshot.js
//   (MODEL: a copy of models/ijsselland; the pictures are written to media/)
'use strict';

const { chromium } = require('playwright-core');
const fs = require('fs');
(async () => {
  const udd = fs.mkdtempSync(require('os').tmpdir() + '/caplan-chrome-');
  const context = await chromium.launchPersistentContext(udd, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
  });
  const page = context.pages()[0] || await context.newPage();
  await page.goto('http://127.0.0.1:8123/?folder=' + (process.env.MODEL || process.cwd() + '/work/ijsselland') + '');
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(3000);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'azc.caplan' }).first().click();
  await page.waitForTimeout(3000);
  // A: caplan eval in the panel, and a hover with values from caplan lsp
  await page.waitForFunction(() => { const e = document.querySelector('[id="status.problems"]'); return e && /[1-9]/.test(e.innerText); },
      null, { timeout: 90000 }).catch(() => console.log('no diagnostics seen'));
  console.log('diagnostics at', new Date().toISOString());
  await page.locator('.editor-actions .codicon-play').first().click();
  await page.waitForFunction(() => document.body.innerText.includes('1965'), null, { timeout: 120000 }).catch(() => console.log('no eval output seen'));
  await page.waitForTimeout(1500);
  const hoverOn = async (lineText, token) => {
    const name = page.locator('.view-lines .view-line', { hasText: lineText }).locator('span span', { hasText: token }).first();
    await name.hover();
    await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { timeout: 30000 }).catch(() => console.log('no hover'));
    await page.waitForTimeout(2500);
  };
  await hoverOn('location "Schalkhaar buffer"', 'Schalkhaar buffer');
  await page.screenshot({ path: 'media/screenshot.png' });
  // B: an error typed in the editor (not saved): the diagnostic as you type, with its hint
  await page.mouse.move(5, 5);
  await page.locator('.view-lines .view-line', { hasText: 'location "AZC Schalkhaar"' }).locator('span span', { hasText: 'Deventer' }).first().dblclick();
  await page.keyboard.type('Deventr');
  await page.waitForSelector('.squiggly-error', { timeout: 60000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(1500);
  await page.mouse.move(5, 5);
  await page.locator('.squiggly-error').first().hover({ force: true });
  await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { timeout: 30000 }).catch(() => console.log('no hover'));
  await page.waitForTimeout(2500);
  await page.screenshot({ path: 'media/typing-an-error.png' });
  await page.keyboard.press('Escape');
  await page.locator('.view-lines').first().click();
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(1000);
  await context.close();
})().catch((e) => { console.error(e); process.exit(1); });
