/**
 * The renderer against reality: every capture of util-linux 2.38.1 (and of util-linux 2.42's
 * JSON writer) is parsed, rebuilt into a tree from `parentIndex`, rendered again with the
 * options of the command that printed it, and must come back byte for byte. This proves the
 * renderer draws exactly what libsmartcols draws (so the property tests built on it test the
 * real layout), and that the parser lost nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLsns } from '../../../src/parsers/lsns/index.js';
import { nodesOf, renderLsns, type LsnsRenderOptions } from '../../support/render-lsns.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'lsns');

type Case = [file: string, options: Partial<LsnsRenderOptions>];

const CASES: Case[] = [
  ['host-default-utf8', {}],
  ['host-default-ascii', { locale: 'c' }],
  ['host-t-pid', {}],
  ['host-list', { treeColumn: null }],
  ['host-noheadings', { noHeadings: true }],
  ['host-noheadings-o-ns-type-pns-ons', { noHeadings: true, treeColumn: null }],
  ['host-o-all-columns', {}],
  ['host-o-plus-ppid-pns-ons', {}],
  ['host-t-net', {}],
  ['host-t-net-nowrap', { nowrap: true }],
  ['host-t-net-nsfs-not-last', {}],
  ['host-process-tree-utf8', {}],
  ['host-process-tree-ascii', { locale: 'c' }],
  ['host-process-tree-level2', {}],
  ['host-process-list', { treeColumn: null }],
  ['host-process-tree-command-not-last', {}],
  ['host-tree-parent-utf8', { treeColumn: 'NS' }],
  ['host-tree-owner-ascii', { treeColumn: 'NS', locale: 'c' }],
  ['host-tree-parent-t-pid-pns', { treeColumn: 'NS' }],
  ['host-tree-owner-t-user-ghost', { treeColumn: 'NS' }],
  ['host-raw-utf8', { format: 'raw' }],
  ['host-raw-ascii', { format: 'raw', locale: 'c' }],
  ['host-raw-process-tree-utf8', { format: 'raw' }],
  ['host-raw-tree-parent-noheadings', { format: 'raw', treeColumn: 'NS', noHeadings: true }],
  ['host-json-t-pid', { format: 'json' }],
  ['host-json-process-tree', { format: 'json' }],
  ['host-json-list-pns', { format: 'json', treeColumn: null }],
  ['host-json-tree-parent-ghost', { format: 'json', treeColumn: 'NS' }],
  ['host-json-t-net-nsfs', { format: 'json' }],
  ['level1-default-utf8', {}],
  ['level1-t-pid-pns', {}],
  ['level1-process-tree-utf8', {}],
  ['level2-process-tree-ascii', { locale: 'c' }],
  ['level2-tree-parent-t-pid', { treeColumn: 'NS' }],
  ['level3-json-t-pid-pns', { format: 'json' }],
  ['level3-raw-ascii', { format: 'raw', locale: 'c' }],
];

describe('lsns renderer reproduces real captures byte for byte', () => {
  it.each(CASES)('util-linux-2.38.1--%s', (name, options) => {
    const bytes = readFileSync(join(dir, `util-linux-2.38.1--${name}.txt`));
    const text = bytes.toString('utf8');
    const optionsFile = join(dir, `util-linux-2.38.1--${name}.options.json`);
    const parseOptions = name.includes('noheadings-o') ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { columns: string[] }) : {};
    const { value } = parseLsns(new Uint8Array(bytes), parseOptions);
    const rendered = renderLsns(nodesOf(value.rows, value.columns), { columns: value.columns, ...options });
    expect(rendered.text).toBe(text);
    expect(value.rows.map((r) => r.line)).toEqual(rendered.nodeLines);
  });

  it.each([
    ['jsonwrt-2.42--json-compact-process-tree', 'compact'],
    ['jsonwrt-2.42--json-lines-process-tree', 'lines'],
  ] as const)('%s', (name, json) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const { value } = parseLsns(text);
    const rendered = renderLsns(nodesOf(value.rows, value.columns), { columns: value.columns, format: 'json', json });
    expect(rendered.text).toBe(text);
    expect(value.rows.map((r) => r.line)).toEqual(rendered.nodeLines);
  });
});
