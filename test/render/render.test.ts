import { describe, expect, it } from 'vitest';
import { renderDot, renderMermaid, renderTree, resolve, type Analysis } from '../../src/index.js';

function sample(): Analysis {
  return resolve({
    views: [{ id: 'vm', vantage: 'utility VM', firstLine: 1, lastLine: 9, inode: 4026531836 }],
    observations: [
      { kind: 'process', view: 'vm', line: 2, pid: 50, nspid: [50, 5, 1], command: 'sleep 123456' },
      { kind: 'process', view: 'vm', line: 3, pid: 50, nsInode: 4026532500 },
      { kind: 'process', view: 'vm', line: 4, pid: 60, ppid: 50, command: 'cat "x"' },
    ],
  }).value;
}

describe('renderTree', () => {
  it('draws namespaces, processes with their pids at every level, in Unicode', () => {
    expect(renderTree(sample())).toBe(
      [
        'pid:[4026531836]',
        '├─ 50  sleep 123456  [50 / 5 / 1]',
        '│  └─ 60  cat "x"',
        '└─ pid:[?1]',
        '   ├─ 5  sleep 123456  [50 / 5 / 1]',
        '   └─ pid:[4026532500]',
        '      └─ 1  sleep 123456  [50 / 5 / 1]',
        '',
      ].join('\n'),
    );
  });

  it('draws ASCII art, and only tracked processes when asked', () => {
    expect(renderTree(sample(), { charset: 'ascii', processes: 'tracked' })).toBe(
      ['pid:[4026531836]', '|- 50  sleep 123456  [50 / 5 / 1]', '`- pid:[?1]', '   |- 5  sleep 123456  [50 / 5 / 1]', '   `- pid:[4026532500]', '      `- 1  sleep 123456  [50 / 5 / 1]', ''].join('\n'),
    );
  });

  it('says when there is nothing to draw', () => {
    expect(renderTree(resolve({ views: [], observations: [] }).value)).toBe('(no pid namespace found)\n');
  });
});

describe('graphs', () => {
  it('Mermaid: nodes, edges, dashed placeholders, escaped quotes', () => {
    const text = renderMermaid(sample());
    expect(text.split('\n')[0]).toBe('graph TD');
    expect(text).toContain('ns1 --> ns2');
    expect(text).toContain('style ns2 stroke-dasharray: 5 5');
    for (const line of text.split('\n').filter((l) => l.includes('["'))) expect(line).toMatch(/^ {2}ns\d+\["[^"]*"\]$/);
  });

  it('DOT: a digraph with escaped labels', () => {
    const text = renderDot(sample());
    expect(text.startsWith('digraph pidns {')).toBe(true);
    expect(text).toContain('ns1 -> ns2;');
    expect(text).toContain('style=dashed');
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('is deterministic', () => {
    expect(renderMermaid(sample())).toBe(renderMermaid(sample()));
    expect(renderDot(sample())).toBe(renderDot(sample()));
  });
});
