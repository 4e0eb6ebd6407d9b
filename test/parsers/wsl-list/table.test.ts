import { describe, expect, it } from 'vitest';
import { parseWslList } from '../../../src/parsers/wsl-list/index.js';
import type { WslListOptions } from '../../../src/parsers/wsl-list/index.js';

/** `name:state:version:*` per distro (`*` marks the default), for compact expectations. */
function rows(input: string | Uint8Array, options?: WslListOptions): string[] {
  return parseWslList(input, options).value.distros.map((d) => `${d.name}:${d.state ?? '-'}:${d.version ?? '-'}${d.isDefault ? ':*' : ''}`);
}

function codes(input: string | Uint8Array, options?: WslListOptions): string[] {
  return parseWslList(input, options).diagnostics.map((d) => `${d.severity} ${d.code}`);
}

describe('wsl -l -v rows', () => {
  it.each([
    ['exact layout', '  NAME      STATE           VERSION\n* Ubuntu    Running         2\n  Debian    Stopped         1\n', ['Ubuntu:Running:2:*', 'Debian:Stopped:1']],
    ['collapsed spaces (blog paste)', 'NAME STATE VERSION\n* Ubuntu-20.04 Stopped 2\ndocker-desktop Stopped 2\n', ['Ubuntu-20.04:Stopped:2:*', 'docker-desktop:Stopped:2']],
    ['misaligned rows', '  NAME     STATE    VERSION\n* Ubuntu                Running 2\n  docker-desktop Running         2\n', ['Ubuntu:Running:2:*', 'docker-desktop:Running:2']],
    ['tabs', 'NAME\tSTATE\tVERSION\n*\tUbuntu\tRunning\t2\n', ['Ubuntu:Running:2:*']],
    ['no default (Installing)', '  NAME            STATE           VERSION\n  Ubuntu-20.04    Installing      2\n', ['Ubuntu-20.04:Installing:2']],
    ['every state', '  NAME STATE VERSION\n  a1 Uninstalling 2\n  a2 Converting 1\n  a3 Exporting 2\n  a4 Stopped 2\n', ['a1:Uninstalling:2', 'a2:Converting:1', 'a3:Exporting:2', 'a4:Stopped:2']],
    ['`*` glued to the name', 'NAME STATE VERSION\n*Ubuntu Running 2\n', ['Ubuntu:Running:2:*']],
    ['rows without header', '* Ubuntu    Running         2\n  Debian    Stopped         1\n', ['Ubuntu:Running:2:*', 'Debian:Stopped:1']],
    ['CRLF and CR CR LF', '  NAME  STATE  VERSION\r\r\n* Arch  Running  2\r\n', ['Arch:Running:2:*']],
    ['console padding to the window width', `${'  NAME   STATE   VERSION'.padEnd(120)}\n${'* Arch   Running   2'.padEnd(120)}\n`, ['Arch:Running:2:*']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
    expect(parseWslList(input).value.variant).toBe('verbose');
  });

  it('keeps an unknown state and version in extra, with warnings', () => {
    const r = parseWslList('NAME STATE VERSION\n* Ubuntu Starting 3\n');
    expect(r.value.distros).toEqual([{ name: 'Ubuntu', state: null, version: null, isDefault: true, extra: { STATE: 'Starting', VERSION: '3' }, line: 2 }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/unknown-state', 'wsl-list/unknown-version']);
  });

  it('keeps cells of columns a future wsl.exe might add', () => {
    const r = parseWslList('  NAME    STATE    VERSION  FLAVOR\n* Ubuntu  Running  2        ubuntu\n');
    expect(r.value.distros[0]?.extra).toEqual({ FLAVOR: 'ubuntu' });
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['a name with a space (edited paste)', 'NAME STATE VERSION\n  Ubuntu 20.04 Running 2\n'],
    ['a non-ASCII name', 'NAME STATE VERSION\n  우분투 Running 2\n'],
    ['a lone default marker', 'NAME STATE VERSION\n*\n'],
  ])('reports %s instead of making it a distro', (_name, input) => {
    expect(rows(input)).toEqual([]);
    expect(codes(input)).toContain('warning wsl-list/invalid-name');
  });

  it('takes a truncated row with a warning', () => {
    expect(rows('NAME STATE VERSION\n* Ubuntu\n')).toEqual(['Ubuntu:-:-:*']);
    expect(codes('NAME STATE VERSION\n* Ubuntu\n')).toEqual(['warning wsl-list/short-row']);
  });

  it('keeps only the first of two defaults', () => {
    const input = 'NAME STATE VERSION\n* A Running 2\n* B Running 2\n';
    expect(rows(input)).toEqual(['A:Running:2:*', 'B:Running:2']);
    expect(codes(input)).toEqual(['warning wsl-list/multiple-defaults']);
  });
});

describe('wsl -l rows and suffixes', () => {
  it.each([
    ['(Default)', 'Windows Subsystem for Linux Distributions:\nUbuntu (Default)\nDebian\n', ['Ubuntu:-:-:*', 'Debian:-:-']],
    ['Korean suffix glued to the name', 'Linux용 Windows 하위 시스템 배포:\nUbuntu(기본값)\nDebian\n', ['Ubuntu:-:-:*', 'Debian:-:-']],
    ['older Japanese (既定)', 'Linux 用 Windows サブシステム ディストリビューション:\nArch (既定)\n', ['Arch:-:-:*']],
    ['older Spanish (predet.)', 'Distribuciones de subsistema de Windows para Linux:\nUbuntu (predet.)\n', ['Ubuntu:-:-:*']],
    ['older zh-CN header and (默认)', '适用于 Linux 的 Windows 子系统分发版:\nUbuntu-22.04 (默认)\n', ['Ubuntu-22.04:-:-:*']],
    ['full-width parentheses', '适用于 Linux 的 Windows 子系统分发:\nUbuntu（默认值）\n', ['Ubuntu:-:-:*']],
    ['nb-NO no-break space', 'Windows-undersystem for Linux-distribusjoner:\nUbuntu\u00a0(standard)\n', ['Ubuntu:-:-:*']],
    ['default not first', 'Windows Subsystem for Linux Distributions:\nDebian\nUbuntu (Default)\n', ['Debian:-:-', 'Ubuntu:-:-:*']],
    ['a name with `_`', 'Windows Subsystem for Linux Distributions:\nOracleLinux_9_1 (Default)\n_x_\n', ['OracleLinux_9_1:-:-:*', '_x_:-:-']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
    expect(parseWslList(input).value.variant).toBe('list');
  });

  it('takes any parenthesised suffix as the default marker, never as part of the name', () => {
    const r = parseWslList('Windows Subsystem for Linux Distributions:\nUbuntu (Vorgabe)\n');
    expect(r.value.distros.map((d) => [d.name, d.isDefault])).toEqual([['Ubuntu', true]]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/unknown-default-suffix']);
  });

  it('takes an unknown header wording ending in a colon', () => {
    const r = parseWslList('Windows Subsystem for Linux-Distributionen (alt):\nUbuntu (Standard)\n');
    expect(rows('Windows Subsystem for Linux-Distributionen (alt):\nUbuntu (Standard)\n')).toEqual(['Ubuntu:-:-:*']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/unknown-header']);
  });

  it('reports a name with characters a distro cannot have', () => {
    const input = 'Windows Subsystem for Linux Distributions:\nUbuntu*\nDebian\n';
    expect(rows(input)).toEqual(['Debian:-:-']);
    expect(codes(input)).toEqual(['warning wsl-list/invalid-name']);
  });

  it('`-l --running` from the prompt marks the listed distros Running', () => {
    expect(rows('C:\\> wsl -l --running\nWindows Subsystem for Linux Distributions:\nUbuntu (Default)\n')).toEqual(['Ubuntu:Running:-:*']);
    expect(rows('Ubuntu\nDebian\n', { command: 'wsl --list --quiet --running' })).toEqual(['Ubuntu:Running:-', 'Debian:Running:-']);
  });
});

describe('wsl -l -q and bare names', () => {
  it.each([
    ['bare names', 'Ubuntu\ndocker-desktop\n', ['Ubuntu:-:-', 'docker-desktop:-:-']],
    ['after a -q prompt', '>wsl --list --quiet\nrancher-desktop\nUbuntu-20.04\n', ['rancher-desktop:-:-', 'Ubuntu-20.04:-:-']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
    expect(parseWslList(input).value.variant).toBe('quiet');
  });

  it.each([
    ['a date before prose', '2024.10.10\nThis is a blog post about WSL.\n'],
    ['a word after prose', 'My distributions are listed below\nUbuntu\n'],
    ['a -v header word', 'NAME\n'],
  ])('does not take %s as a distro', (_name, input) => {
    expect(rows(input)).toEqual([]);
  });

  it('does not take bare words after `wsl -l -v` as quiet rows', () => {
    expect(rows('C:\\> wsl -l -v\nNAME STATE VERSION\n* A Running 2\nsome text here\nvmmemWSL\n')).toEqual(['A:Running:2:*']);
  });
});

describe('messages, errors and usage', () => {
  it('no installed distributions (current wording) with its error code', () => {
    const r = parseWslList(
      "Windows Subsystem for Linux has no installed distributions.\nYou can resolve this by installing a distribution with the instructions below:\n\nUse 'wsl.exe --list --online' to list available distributions\nand 'wsl.exe --install <Distro>' to install.\nError code: Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND\n",
    );
    expect(r.value.distros).toEqual([]);
    expect(r.value.message).toMatchObject({ kind: 'no-distributions', line: 1, endLine: 5 });
    expect(r.value.error).toMatchObject({ code: 'Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND', line: 1, endLine: 6 });
    expect(r.diagnostics).toEqual([]);
  });

  it('older Korean no-distributions wording', () => {
    const r = parseWslList('Linux용 Windows 하위 시스템에 배포가 설치되어 있지 않습니다.\n아래의 Microsoft Store에서 배포를 설치할 수 있습니다.\nhttps://aka.ms/wslstore\n');
    expect(r.value.message).toMatchObject({ kind: 'no-distributions', line: 1, endLine: 3 });
    expect(r.value.locale).toBe('ko-KR');
    expect(r.value.distros).toEqual([]);
  });

  it('the error message is the text before the code line', () => {
    const r = parseWslList('C:\\temp> wsl --debug-shell\nAll pipe instances are busy.\nError code: Wsl/DebugShell/ERROR_PIPE_BUSY\n');
    expect(r.value.error).toEqual({ message: 'All pipe instances are busy.', code: 'Wsl/DebugShell/ERROR_PIPE_BUSY', line: 2, endLine: 3 });
    expect(r.ok).toBe(true);
  });

  it('an error code line alone', () => {
    expect(parseWslList('Fehlercode: Wsl/Service/E_UNEXPECTED\n').value.error).toEqual({ message: null, code: 'Wsl/Service/E_UNEXPECTED', line: 1, endLine: 1 });
  });

  it('keeps the first of two errors and messages', () => {
    const r = parseWslList('There are no running distributions.\nThere are no running distributions.\nError code: Wsl/A\nError code: Wsl/B\n');
    expect(r.value.error?.code).toBe('Wsl/A');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/extra-message', 'wsl-list/extra-error']);
  });

  it('usage text of old builds is a message, never distros', () => {
    const r = parseWslList('Invalid command line option: -l\nUsage: wsl.exe [option] ...\nOptions:\n    --help\n        Display this usage information.\n\n    --\n');
    expect(r.value.distros).toEqual([]);
    expect(r.value.message).toMatchObject({ kind: 'usage', line: 1, endLine: 7 });
  });

  it('output of another command is skipped, its error code kept', () => {
    const r = parseWslList('C:\\> wsl --status\nDefault Distribution: Ubuntu\nUbuntu\nError code: Wsl/X\n');
    expect(r.value.distros).toEqual([]);
    expect(r.value.error).toMatchObject({ code: 'Wsl/X', message: 'Default Distribution: Ubuntu\nUbuntu' });
  });

  it('`command` option: output of a non-list command is not a list', () => {
    expect(rows('Ubuntu\n', { command: 'wsl --status' })).toEqual([]);
    expect(rows('Ubuntu\n', { command: 'wsl -l -q' })).toEqual(['Ubuntu:-:-']);
  });
});

describe('wsl --list --online', () => {
  it('reads NAME and FRIENDLY NAME, skipping the preamble', () => {
    const r = parseWslList(
      "The following is a list of valid distributions that can be installed.\nInstall using 'wsl.exe --install <Distro>'.\n\nNAME                            FRIENDLY NAME\nUbuntu                          Ubuntu\nOracleLinux_9_1                 Oracle Linux 9.1\n",
    );
    expect(r.value.variant).toBe('online');
    expect(r.value.online).toEqual([
      { name: 'Ubuntu', friendlyName: 'Ubuntu', line: 5 },
      { name: 'OracleLinux_9_1', friendlyName: 'Oracle Linux 9.1', line: 6 },
    ]);
    expect(r.value.distros).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/online-preamble', 'wsl-list/online-preamble']);
  });
});

describe('paste noise', () => {
  it.each([
    ['cmd prompt', 'C:\\Users\\me>wsl -l -v\nNAME STATE VERSION\n* A Running 2\n'],
    ['PowerShell prompt', 'PS C:\\Users\\me> wsl -l -v\nNAME STATE VERSION\n* A Running 2\n'],
    ['unix prompt', 'me@host:~$ wsl.exe -l -v\nNAME STATE VERSION\n* A Running 2\n'],
    ['starship prompt', '~ ❯  wsl -l -v\nNAME STATE VERSION\n* A Running 2\n'],
    ['markdown fence', '```powershell\nNAME STATE VERSION\n* A Running 2\n```\n'],
    ['quoted', '> NAME STATE VERSION\n> * A Running 2\n'],
    ['bold around a row', 'NAME STATE VERSION\n**\\* A Running 2**\n'.replace('\\*', '*')],
    ['HTML escapes', 'NAME STATE VERSION\n* A Running 2\n&lt;- this one\n'],
  ])('%s', (_name, input) => {
    expect(rows(input)).toEqual(['A:Running:2:*']);
  });

  it('italics around the -l header and rows', () => {
    expect(rows('*Windows Subsystem for Linux Distributions:*\n_Ubuntu (Default)_\n')).toEqual(['Ubuntu:-:-:*']);
  });
});

describe('damaged encodings', () => {
  it('spaced-out UTF-16 with blank lines (microsoft/WSL#4180)', () => {
    const r = parseWslList('W i n d o w s   S u b s y s t e m   f o r   L i n u x   D i s t r i b u t i o n s :\n\n\n U b u n t u   ( D e f a u l t )\n\n\n L e g a c y\n');
    expect(r.value.distros.map((d) => [d.name, d.isDefault])).toEqual([['Ubuntu', true], ['Legacy', false]]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/spaced-text-recovered']);
  });

  it('does not take short spaced lines of ordinary text as damage', () => {
    expect(codes('| .\nUbuntu\n')).not.toContain('info wsl-list/spaced-text-recovered');
  });

  it('NUL after every character', () => {
    expect(rows('  N\0A\0M\0E\0 \0 \0S\0T\0A\0T\0E\0 \0V\0E\0R\0S\0I\0O\0N\0\r\0\n\0*\0 \0A\0 \0R\0u\0n\0n\0i\0n\0g\0 \x002\0\r\0\n\0')).toEqual(['A:Running:2:*']);
  });

  it('one character per line cannot be recovered and is an error', () => {
    const r = parseWslList('N\n\nA\n\nM\n\nE\n\nU\n');
    expect(r.ok).toBe(false);
    expect(r.value.distros).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wsl-list/one-char-per-line']);
  });

  it('Go-escaped UTF-16 in a log line', () => {
    const go = 'exit status 1: "\\r\\x00\\n\\x00U\\x00b\\x00u\\x00n\\x00t\\x00u\\x00 \\x00(\\x00D\\x00e\\x00f\\x00a\\x00u\\x00l\\x00t\\x00)\\x00\\r\\x00\\n\\x00"';
    expect(rows(go)).toEqual(['Ubuntu:-:-:*']);
  });

  it('UTF-8 read as UTF-16 (WSL_UTF8=1 with a UTF-16 reader)', () => {
    const mojibake = new TextDecoder('utf-16le').decode(new TextEncoder().encode('NAME STATE VERSION\r\n* Arch Running 2\r\n'));
    expect(rows(mojibake)).toEqual(['Arch:Running:2:*']);
  });
});

describe('never garbage', () => {
  it.each([
    ['empty input', '', ['info wsl-list/empty']],
    ['blank lines', '\n\n  \n', ['info wsl-list/empty']],
    ['prose only', 'This is not wsl output at all.\n', ['error wsl-list/no-listing', 'warning wsl-list/unrecognized-line']],
  ])('%s', (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
    expect(rows(input)).toEqual([]);
  });

  it('merges several listings by name, the later row winning', () => {
    const r = parseWslList('C:\\> wsl -l -q\nA\nB\nC:\\> wsl -l -v\nNAME STATE VERSION\n* B Running 2\n  A Stopped 1\n');
    expect(rows('C:\\> wsl -l -q\nA\nB\nC:\\> wsl -l -v\nNAME STATE VERSION\n* B Running 2\n  A Stopped 1\n')).toEqual(['A:Stopped:1', 'B:Running:2:*']);
    expect(r.value.variant).toBe('quiet');
    expect(r.value.distros.map((d) => d.line)).toEqual([7, 6]);
    expect(r.diagnostics.filter((d) => d.code === 'wsl-list/distro-repeated').map((d) => d.line)).toEqual([2, 3]);
  });
});

describe('documentation', () => {
  it('documents every diagnostic code the parser emits', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..');
    const source = readFileSync(join(root, 'src', 'parsers', 'wsl-list', 'parse.ts'), 'utf8');
    const docs = readFileSync(join(root, 'docs', 'formats', 'wsl-list.md'), 'utf8');
    const emitted = new Set([...source.matchAll(/this\.(?:info|warn)\('([a-z0-9-]+)'/g), ...source.matchAll(/\$\{P\}([a-z0-9-]+)/g)].map((m) => m[1] as string));
    expect(emitted.size).toBeGreaterThan(20);
    for (const code of emitted) expect(docs).toContain(`\`wsl-list/${code}\``);
  });
});
