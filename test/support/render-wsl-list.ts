/**
 * Renders distribution lists the way `wsl.exe` prints them (microsoft/WSL
 * `src/windows/common/WslClient.cpp`, `ListDistributionsHelper`), in every shipped language,
 * and encodes the text the ways it reaches a paste: UTF-16LE bytes as written into a pipe,
 * text with a NUL after every character, text with NULs shown as spaces, Go-quoted logs.
 * Used by the parser's round-trip tests and reusable by the model's tests.
 */
import { WSL_LOCALES, type WslLocaleStrings } from '../../src/parsers/wsl-list/strings.js';
export { utf16le as toUtf16le } from './encode.js';
import { utf16le } from './encode.js';

/** A distribution to render. */
export interface RenderDistro {
  /** A valid name (`^[a-zA-Z0-9._-]{1,256}$`). */
  name: string;
  /** One of the six states `-v` prints. */
  state: 'Running' | 'Stopped' | 'Installing' | 'Uninstalling' | 'Converting' | 'Exporting';
  /** WSL version. */
  version: 1 | 2;
  /** The default distribution (at most one). */
  isDefault: boolean;
}

/** Line break written after each line: wsl.exe's CRT text mode makes `\r\n`; strings with embedded breaks make `\r\r\n`. */
export type Newline = '\r\n' | '\r\r\n' | '\n';

/** The strings of `locale` (default en-US); throws for an unknown locale (test code). */
export function localeStrings(locale = 'en-US'): WslLocaleStrings {
  const found = WSL_LOCALES.find((l) => l.locale === locale);
  if (!found) throw new Error(`unknown locale ${locale}`);
  return found;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * `wsl -l -v`: `"%s %-{W}s%-16s%s\n"` with `W = max(len("NAME"), longest name) + 4`, the
 * header `"  NAME…STATE…VERSION"`, `*` or a space in column 0. Rows in the given order (wsl.exe
 * puts the default first; sort before calling to mimic it).
 */
export function renderWslListVerbose(distros: readonly RenderDistro[], newline: Newline = '\r\n'): string {
  const w = Math.max(4, ...distros.map((d) => d.name.length)) + 4;
  let out = `  ${pad('NAME', w)}${pad('STATE', 16)}VERSION${newline}`;
  for (const d of distros) out += `${d.isDefault ? '*' : ' '} ${pad(d.name, w)}${pad(d.state, 16)}${d.version}${newline}`;
  return out;
}

/** `wsl -l` (also `--all`, `--running`): the localized header, then names, the default with its localized suffix. */
export function renderWslList(distros: readonly RenderDistro[], locale = 'en-US', newline: Newline = '\r\n'): string {
  const s = localeStrings(locale);
  let out = `${s.header}${newline}`;
  for (const d of distros) out += `${d.isDefault ? s.defaultRow.replace('{}', d.name) : d.name}${newline}`;
  return out;
}

/** `wsl -l -q`: bare names. */
export function renderWslListQuiet(distros: readonly Pick<RenderDistro, 'name'>[], newline: Newline = '\r\n'): string {
  return distros.map((d) => `${d.name}${newline}`).join('');
}

/** `wsl --list --online`: the two-line localized preamble, a blank line, then `NAME  FRIENDLY NAME` sized to the longest name + 4. */
export function renderWslListOnline(rows: readonly { name: string; friendlyName: string }[], locale = 'en-US', newline: Newline = '\r\n'): string {
  const s = localeStrings(locale);
  const w = Math.max(4, ...rows.map((r) => r.name.length)) + 4;
  let out = `${s.onlinePreamble.split('\n').join(newline)}${newline}${newline}`;
  out += `${pad('NAME', w)}FRIENDLY NAME${newline}`;
  for (const r of rows) out += `${pad(r.name, w)}${r.friendlyName}${newline}`;
  return out;
}


/** Those bytes read one byte per character (Latin-1), NULs kept: `N\0A\0M\0E\0`. */
export function nulInterleaved(text: string): string {
  let out = '';
  for (const b of utf16le(text)) out += String.fromCharCode(b);
  return out;
}

/**
 * What PowerShell 5 or a console shows for those bytes: each NUL as a space, `\r` and `\n` each
 * ending a line (so rows start with a space and blank lines come between), as in
 * microsoft/WSL#4180. Non-Latin-1 characters are kept whole (their high byte is not a NUL).
 */
export function spacedLikePowerShell(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\r' || ch === '\n') out += '\n ';
    else out += `${ch} `;
  }
  return out;
}

/**
 * Those bytes shown one byte per character with each NUL breaking the line, as `wsl.exe -l | more`
 * shows them (microsoft/WSL#4456, #13093): one character per line.
 */
export function oneCharPerLine(text: string): string {
  let out = '';
  for (const b of utf16le(text)) out += b === 0 ? '\n' : String.fromCharCode(b);
  return out;
}

/** A Go `%q` of the UTF-16LE bytes, as a Go program logs failed `wsl.exe` output (tailscale#3170). */
export function goQuoted(text: string, prefix = 'wslRun([wsl.exe -l]): exit status 1: '): string {
  let out = `${prefix}"`;
  for (const b of utf16le(text)) {
    if (b === 0x0d) out += '\\r';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}
