/**
 * Writes the generated `wsl-list` fixtures (`test/fixtures/wsl-list/resw-*` and `generated--*`)
 * from the real resource strings (`src/parsers/wsl-list/strings.ts`, read from microsoft/WSL)
 * and the renderer. Run once, then review the goldens by hand:
 *
 *   npx tsx test/support/generate-wsl-list-fixtures.ts
 *   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts -t wsl-list
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WSL_LOCALES } from '../../src/parsers/wsl-list/strings.js';
import {
  goQuoted,
  nulInterleaved,
  oneCharPerLine,
  renderWslList,
  renderWslListOnline,
  renderWslListQuiet,
  renderWslListVerbose,
  spacedLikePowerShell,
  toUtf16le,
  type RenderDistro,
} from './render-wsl-list.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'wsl-list');

const LIST: RenderDistro[] = [
  { name: 'Ubuntu-22.04', state: 'Running', version: 2, isDefault: true },
  { name: 'docker-desktop', state: 'Stopped', version: 2, isDefault: false },
  { name: 'kali-linux', state: 'Stopped', version: 1, isDefault: false },
];

const VERBOSE: RenderDistro[] = [
  { name: 'Ubuntu-24.04', state: 'Running', version: 2, isDefault: true },
  { name: 'docker-desktop', state: 'Stopped', version: 2, isDefault: false },
  { name: 'Legacy', state: 'Stopped', version: 1, isDefault: false },
  { name: 'openSUSE-Tumbleweed', state: 'Converting', version: 2, isDefault: false },
];

const ONLINE = [
  { name: 'Ubuntu', friendlyName: 'Ubuntu' },
  { name: 'Debian', friendlyName: 'Debian GNU/Linux' },
  { name: 'kali-linux', friendlyName: 'Kali Linux Rolling' },
  { name: 'OracleLinux_9_1', friendlyName: 'Oracle Linux 9.1' },
];

function text(name: string, content: string): void {
  writeFileSync(join(dir, name), content, 'utf8');
}

function bytes(name: string, content: Uint8Array): void {
  writeFileSync(join(dir, name), content);
}

// One `wsl -l` per shipped language: header and default suffix from the resource strings.
for (const l of WSL_LOCALES) text(`resw-${l.locale}--list.txt`, renderWslList(LIST, l.locale));

const verbose = renderWslListVerbose(VERBOSE);
bytes('generated--verbose-utf16le.bin', toUtf16le(verbose));
bytes('generated--list-ko-KR-utf16le.bin', toUtf16le(renderWslList(LIST, 'ko-KR')));
bytes('generated--quiet-utf16le-crcrlf.bin', toUtf16le(renderWslListQuiet(LIST, '\r\r\n')));
bytes('generated--no-running-zh-CN-utf16le.bin', toUtf16le(`${WSL_LOCALES.find((l) => l.locale === 'zh-CN')?.noRunning ?? ''}\r\n`));
text('generated--list-ko-KR-nul-interleaved-latin1.txt', nulInterleaved(renderWslList(LIST, 'ko-KR')));
text('generated--list-de-DE-spaced.txt', spacedLikePowerShell(renderWslList(LIST, 'de-DE')));
text('generated--verbose-spaced.txt', spacedLikePowerShell(verbose));
text('generated--verbose-go-escaped.txt', `${goQuoted(verbose)}\n`);
text('generated--verbose-utf8-read-as-utf16.txt', `${new TextDecoder('utf-16le').decode(new TextEncoder().encode(verbose))}\n`);
text(
  'generated--verbose-console-padded.txt',
  verbose
    .split('\r\n')
    .slice(0, -1)
    .map((row) => `${row.padEnd(120, ' ')}\r\n`)
    .join(''),
);
text('generated--online-ja-JP.txt', renderWslListOnline(ONLINE, 'ja-JP'));
text('generated--list-one-char-per-line.txt', oneCharPerLine(renderWslList(LIST.slice(0, 1))));
