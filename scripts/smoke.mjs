// Smoke test of the BUILT package, as a user gets it: ESM import, CJS require (through the
// package's own "exports", by self-reference), subpath exports, no zod on a bare parse, and the CLI.
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const sample = 'NSpid:\t251599\t220553\t220473\t220313\t13\n';
let checks = 0;
const check = (name, fn) => {
  fn();
  checks++;
  console.log(`ok - ${name}`);
};

const esm = await import('wslscope');
check('ESM import of wslscope', () => {
  assert.equal(typeof esm.analyze, 'function');
  assert.deepEqual(esm.parseProcStatus(sample).value.records[0].nspid, [251599, 220553, 220473, 220313, 13]);
});

const cjs = require('wslscope');
check('CJS require of wslscope', () => {
  assert.equal(typeof cjs.parsePs, 'function');
  assert.deepEqual(cjs.parseProcStatus(sample).value.records[0].nspid, [251599, 220553, 220473, 220313, 13]);
});

check('a bare parse does not load zod (CJS)', () => {
  assert.equal(Object.keys(require.cache).some((k) => /[\\/]node_modules[\\/]zod[\\/]/.test(k)), false);
});

for (const sub of ['ps', 'proc-status', 'ns-links', 'lsns', 'wsl-list', 'ipconfig', 'hnsdiag', 'docker-ps', 'docker-inspect']) {
  const mod = await import(`wslscope/${sub}`);
  const cj = require(`wslscope/${sub}`);
  check(`subpath wslscope/${sub} (ESM and CJS)`, () => {
    assert.ok(Object.keys(mod).some((k) => k.startsWith('parse')));
    assert.ok(Object.keys(cj).some((k) => k.startsWith('parse')));
  });
}

const schemas = await import('wslscope/schemas');
check('wslscope/schemas validates an analysis', () => {
  const result = esm.analyze('# cat /proc/83194/status | grep NSpid\nNSpid: 83194 3116 3059\n');
  assert.equal(schemas.AnalysisSchema.safeParse(result.value).success, true);
});

const cli = (args, input) => spawnSync(process.execPath, ['dist/cli/main.cjs', ...args], { input, encoding: 'utf8' });
check('CLI --version and --help', () => {
  assert.match(execFileSync(process.execPath, ['dist/cli/main.cjs', '--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
  assert.match(cli(['--help']).stdout, /Usage:/);
});
check('CLI analyze on an example', () => {
  const r = cli(['examples/docker-desktop.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /pid:\[4026532375\]/);
});
check('CLI reads stdin and renders mermaid', () => {
  const r = cli(['-', '--format', 'mermaid'], '# cat /proc/1/status | grep NSpid\nNSpid: 1\n');
  assert.match(r.stdout, /^graph TD/);
});
check('CLI usage error exits 2 without a stack trace', () => {
  const r = cli(['parse', 'nope', '-']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.includes('\n    at '), false);
});
check('CLI missing file exits 2', () => {
  assert.equal(cli(['does-not-exist.txt']).status, 2);
});
console.log(`${checks} passed, 0 failed`);
