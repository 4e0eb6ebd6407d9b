import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/transcript/index.js';
import { TranscriptOutputSchema, type Transcript } from '../../src/transcript/schema.js';
import { utf16le } from '../support/encode.js';


/** Every non-blank input line is a prompt line, an output line, or a note — exactly once. */
function placedLines(t: Transcript): number[] {
  const out: number[] = [];
  for (const b of t.blocks) {
    if (b.prompt !== null) for (let l = b.firstLine; l <= (b.output[0]?.line ?? b.lastLine + 1) - 1 && l <= b.lastLine; l++) out.push(l);
    for (const o of b.output) if (o.text.trim() !== '') out.push(o.line);
  }
  for (const n of t.notes) out.push(n.line);
  return out.sort((a, b) => a - b);
}

const SESSION = [
  'C:\\temp> wsl -l -v',
  '  NAME            STATE           VERSION',
  '* Ubuntu-20.04    Running         2',
  '',
  '이렇게 하나의 배포본이 실행 중입니다.',
  '$ ps aux | grep [s]leep',
  'wslg 48950 0.0 0.0 7240 588 ? S 05:40 0:00 sleep 680001',
  '',
].join('\n');

describe('readTranscript', () => {
  it('splits blocks at prompts and ends output at prose', () => {
    const r = readTranscript(SESSION);
    expect(r.ok).toBe(true);
    expect(r.value.blocks.map((b) => [b.prompt, b.command, b.firstLine, b.lastLine, b.output.map((o) => o.line), b.format])).toEqual([
      ['C:\\temp>', 'wsl -l -v', 1, 3, [2, 3], 'wsl-list'],
      ['$', 'ps aux | grep [s]leep', 6, 7, [7], 'ps'],
    ]);
    expect(r.value.notes).toEqual([{ line: 5, text: '이렇게 하나의 배포본이 실행 중입니다.', kind: 'prose' }]);
    expect(TranscriptOutputSchema.safeParse(r.value).success).toBe(true);
  });

  it('gives the same value for LF, CRLF and UTF-16LE', () => {
    const lf = readTranscript(SESSION).value;
    expect(readTranscript(SESSION.replace(/\n/g, '\r\n')).value).toEqual(lf);
    expect(readTranscript(utf16le(SESSION)).value).toEqual(lf);
    expect(readTranscript(new TextEncoder().encode(SESSION)).value).toEqual(lf);
  });

  it('strips markdown fences and quotes', () => {
    const t = ['Some text before.', '```console', '> $ cat /proc/1/status | grep NSpid', '> NSpid:\t1', '```', 'After.'].join('\n');
    const r = readTranscript(t);
    expect(r.value.blocks).toHaveLength(1);
    expect(r.value.blocks[0]).toMatchObject({ prompt: '$', command: 'cat /proc/1/status | grep NSpid', output: [{ line: 4, text: 'NSpid:\t1' }], format: 'proc-status' });
    expect(r.value.notes.map((n) => [n.line, n.kind])).toEqual([
      [1, 'prose'],
      [2, 'markup'],
      [5, 'markup'],
      [6, 'prose'],
    ]);
  });

  it('keeps elision marks in the output', () => {
    const t = ['# lsns -t pid 4026532257', 'PID PPID USER COMMAND', '226 221 root /sbin/init', '...[생략]...', '1363 227 root | |-/init'].join('\n');
    expect(readTranscript(t).value.blocks[0]?.output.map((o) => o.text)).toEqual(['PID PPID USER COMMAND', '226 221 root /sbin/init', '...[생략]...', '1363 227 root | |-/init']);
  });

  it('records a background job', () => {
    const b = readTranscript('# sleep 75982323 &\n[1] 13\n').value.blocks[0];
    expect(b?.job).toEqual({ pid: 13, command: 'sleep 75982323' });
    expect(b?.format).toBeNull();
  });

  it('joins continued command lines', () => {
    const b = readTranscript('$ ps -eo pid,args \\\n   --forest\n  PID COMMAND\n    1 /init\n').value.blocks[0];
    expect(b).toMatchObject({ command: 'ps -eo pid,args --forest', firstLine: 1, lastLine: 4, output: [{ line: 3 }, { line: 4 }] });
  });

  it('detects the format of an unknown command and of bare output', () => {
    const r = readTranscript(['$ cat saved.txt', '  NAME      STATE    VERSION', '* Debian    Stopped  2', '', '// saved earlier:', 'Name:\tbash', 'State:\tS (sleeping)', 'NSpid:\t83194\t3116\t3059'].join('\n'));
    expect(r.value.blocks.map((b) => [b.command, b.format, b.formatSource])).toEqual([
      ['cat saved.txt', 'wsl-list', 'detected'],
      [null, 'proc-status', 'detected'],
    ]);
  });

  it('keeps unrecognised bare lines as notes with one diagnostic per run', () => {
    const r = readTranscript('설명 문장입니다.\nvmmemWSL\nvmwp.exe\n설명 문장입니다.\n');
    expect(r.value.blocks).toEqual([]);
    expect(r.value.notes.map((n) => n.kind)).toEqual(['prose', 'unplaced', 'unplaced', 'prose']);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['transcript/unplaced-lines', 2]]);
  });

  it('gives bare output after prose a vantage of its own', () => {
    const t = ['C:\\> wsl --debug-shell', '# ps -o pid,ppid,args', 'PID PPID COMMAND', '1 0 /init', '그에 해당하는 트리입니다.', '298 1 /init', '304 298 /sbin/init'].join('\n');
    const blocks = readTranscript(t).value.blocks;
    expect(blocks.map((b) => [b.command, b.vantage.key, b.vantage.via, b.format])).toEqual([
      ['wsl --debug-shell', 'windows', 'prompt', null],
      ['ps -o pid,ppid,args', 'utility-vm', 'command', 'ps'],
      [null, 'unknown:1', 'start', 'ps'],
    ]);
  });

  it('ends a Linux table at an English sentence, not other formats', () => {
    const t = ['$ ps aux | grep sleep', 'me 123 0.0 0.0 7240 588 ? S 05:40 0:00 sleep 100', 'Then I checked its namespace:', '$ uname -a', 'Linux host 5.15.153.1-microsoft-standard-WSL2 #1 SMP x86_64 GNU/Linux', 'This is the kernel of the utility VM.'].join('\n');
    const r = readTranscript(t);
    expect(r.value.blocks.map((b) => b.output.length)).toEqual([1, 2]);
    expect(r.value.notes).toEqual([{ line: 3, text: 'Then I checked its namespace:', kind: 'prose' }]);
  });

  it('keeps a # comment of a config file in the output', () => {
    const t = ['# cat /etc/wsl.conf', '# This file is read at boot', '[boot]', 'command=/usr/bin/WSLGd', '# guiApplications=false'].join('\n');
    const r = readTranscript(t);
    expect(r.value.blocks).toHaveLength(1);
    expect(r.value.blocks[0]?.output).toHaveLength(4);
  });

  it('places every non-blank line exactly once', () => {
    const t = [SESSION, '```', '// wslscope: vantage utility-vm', '# lsns', 'NS TYPE NPROCS PID USER COMMAND', '```', 'a', 'b'].join('\n');
    const r = readTranscript(t);
    const expected = t
      .split('\n')
      .map((l, i) => [l, i + 1] as const)
      .filter(([l]) => l.trim() !== '')
      .map(([, n]) => n);
    expect(placedLines(r.value)).toEqual(expected);
  });

  it('reads empty and odd input without failing', () => {
    expect(readTranscript('').value).toEqual({ blocks: [], notes: [] });
    expect(readTranscript(new Uint8Array([0xff, 0xfe])).ok).toBe(true);
    expect(readTranscript('```\n$ ps\n').diagnostics.map((d) => d.code)).toContain('transcript/unclosed-fence');
  });

  it('reads a bare output as one detected block', () => {
    const r = readTranscript('  NAME      STATE    VERSION\n* Ubuntu    Running  2\n');
    expect(r.value.blocks).toEqual([
      {
        prompt: null,
        command: null,
        output: [
          { line: 1, text: '  NAME      STATE    VERSION' },
          { line: 2, text: '* Ubuntu    Running  2' },
        ],
        firstLine: 1,
        lastLine: 2,
        vantage: { key: 'unknown:1', kind: 'unknown', name: null, targetPid: null, parentKey: null, mountsTarget: false, line: 0, via: 'start', text: 'no prompt or note says where' },
        format: 'wsl-list',
        formatOptions: null,
        formatSource: 'detected',
        job: null,
      },
    ]);
  });

  it('drops a -o column list when the output has its header', () => {
    const withHeader = readTranscript('# ps -oeuser,pid,ppid,cmd -C WSLGd\nEUSER PID PPID CMD\nroot 314 298 /usr/bin/WSLGd\n').value.blocks[0];
    expect(withHeader?.formatOptions).toBeNull();
    const grepped = readTranscript('# ps -oeuser,pid,ppid,cmd | grep WSLGd\nroot 314 298 /usr/bin/WSLGd\n').value.blocks[0];
    expect(grepped?.formatOptions).toEqual({ columns: ['euser,pid,ppid,cmd'] });
  });
});
