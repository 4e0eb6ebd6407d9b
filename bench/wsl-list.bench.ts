/**
 * Benchmark of `parseWslList` against `text.split('\n')` on the same generated input: large
 * `-l -v`, localized `-l`, `-q`, UTF-16LE bytes and spaced-out text.
 */
import { parseWslList } from '../src/parsers/wsl-list/index.js';
import { WSL_LOCALES } from '../src/parsers/wsl-list/strings.js';
import { time } from './measure.js';

const STATES = ['Running', 'Stopped', 'Installing', 'Converting'];

function names(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `distro-${i.toString(36)}.v${i % 7}`);
}

function verbose(n: number): string {
  const ns = names(n);
  const w = Math.max(4, ...ns.map((x) => x.length)) + 4;
  let out = `  ${'NAME'.padEnd(w)}${'STATE'.padEnd(16)}VERSION\r\n`;
  ns.forEach((x, i) => {
    out += `${i === 0 ? '*' : ' '} ${x.padEnd(w)}${(STATES[i % STATES.length] as string).padEnd(16)}${(i % 2) + 1}\r\n`;
  });
  return out;
}

function list(n: number, locale: string): string {
  const s = WSL_LOCALES.find((l) => l.locale === locale);
  if (!s) return '';
  return `${s.header}\r\n${names(n)
    .map((x, i) => (i === 0 ? s.defaultRow.replace('{}', x) : x))
    .join('\r\n')}\r\n`;
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

function spaced(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\r' || ch === '\n' ? '\n ' : `${ch} `;
  return out;
}

/** Prints one line per case: size, parse time, split time, ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string, string | Uint8Array][] = [];
  const v = verbose(20_000);
  cases.push(['verbose 20k rows', v, v]);
  const ko = list(20_000, 'ko-KR');
  cases.push(['list ko-KR 20k rows', ko, ko]);
  const q = names(20_000).join('\r\n');
  cases.push(['quiet 20k names', q, q]);
  cases.push(['verbose 20k rows, UTF-16LE bytes', v, utf16(v)]);
  const sp = spaced(verbose(5_000));
  cases.push(['verbose 5k rows, spaced-out', sp, sp]);
  for (const [name, text, input] of cases) {
    const mb = (typeof input === 'string' ? input.length : input.length) / 1e6;
    const parse = time(() => parseWslList(input));
    const split = time(() => text.split('\n'));
    console.log(`${name}: ${mb.toFixed(2)} MB, parse ${parse.toFixed(1)} ms (${(mb / (parse / 1000)).toFixed(1)} MB/s), split ${split.toFixed(2)} ms, ratio ${(parse / Math.max(split, 0.001)).toFixed(0)}×`);
  }
}
