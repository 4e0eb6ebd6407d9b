/**
 * Lookup of the localized lines `wsl.exe` prints (see `strings.ts`). Lines are compared with
 * all white space removed and case folded, so a paste that collapsed or lost spaces, or an
 * NBSP turned into a space, still matches.
 */
import { OLDER_HEADERS, OLDER_NO_DISTRIBUTIONS, OLDER_SUFFIXES, OLDER_USAGE_STARTS, WSL_LOCALES, type WslLocaleStrings } from './strings.js';

/** What a known line is. */
export type KnownLineKind = 'header' | 'no-distributions' | 'no-running-distributions' | 'online-preamble';

/** A known line and the first locale that prints it. */
export interface KnownLine {
  /** What the line is. */
  kind: KnownLineKind;
  /** The first shipped locale (en-US first) that prints it. */
  locale: string;
}

/** The comparison key: NFC, lower case, no white space, full-width colon and curly quotes folded. */
export function looseKey(text: string): string {
  // NFC only matters beyond ASCII; most lines are ASCII.
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/：/g, ':')
    .replace(/[’‘]/g, "'");
}

// en-US is the source language; prefer it when several locales print the same string.
const ORDERED: readonly WslLocaleStrings[] = [
  ...WSL_LOCALES.filter((l) => l.locale === 'en-US'),
  ...WSL_LOCALES.filter((l) => l.locale !== 'en-US'),
];

const LINES = new Map<string, KnownLine>();
const SUFFIXES = new Map<string, string>();
const ERROR_LABELS = new Map<string, string>();
const INVALID_ARGUMENT_STARTS: string[] = [];

function addLine(kind: KnownLineKind, locale: string, text: string): void {
  const key = looseKey(text);
  if (!LINES.has(key)) LINES.set(key, { kind, locale });
}

for (const l of ORDERED) {
  addLine('header', l.locale, l.header);
  addLine('no-distributions', l.locale, l.noDistributions);
  addLine('no-running-distributions', l.locale, l.noRunning);
  for (const line of l.onlinePreamble.split('\n')) addLine('online-preamble', l.locale, line);
  const suffix = looseKey(l.defaultRow.replace('{}', ''));
  if (!SUFFIXES.has(suffix)) SUFFIXES.set(suffix, l.locale);
  const label = looseKey(l.errorLabel).replace(/:$/, '');
  if (!ERROR_LABELS.has(label)) ERROR_LABELS.set(label, l.locale);
  INVALID_ARGUMENT_STARTS.push(looseKey(l.invalidArgument).replace(/:$/, ''));
}
for (const [locale, text] of OLDER_HEADERS) addLine('header', locale, text);
for (const [locale, text] of OLDER_NO_DISTRIBUTIONS) addLine('no-distributions', locale, text);
for (const [locale, text] of OLDER_SUFFIXES) if (!SUFFIXES.has(looseKey(text))) SUFFIXES.set(looseKey(text), locale);
const USAGE_STARTS = [...OLDER_USAGE_STARTS.map((s) => looseKey(s)), ...INVALID_ARGUMENT_STARTS, 'usage:'];

/** The known line `text` is (pass `key` when {@link looseKey} was already computed), or undefined. */
export function knownLine(text: string, key = looseKey(text)): KnownLine | undefined {
  return LINES.get(key);
}

/** The locale whose default suffix is `suffix` (`(Standard)` → da-DK first), or undefined. */
export function suffixLocale(suffix: string): string | undefined {
  return SUFFIXES.get(looseKey(suffix));
}

/** An error code line: `Error code: Wsl/…` in any language. */
export interface ErrorCodeLine {
  /** The code. */
  code: string;
  /** The locale of a known label, or null for an unknown label before a `Wsl/` code. */
  locale: string | null;
}

const CODE_SHAPE = /^(?:0x[\da-f]+|[a-z][\w/.-]*)$/i;

/** Reads `<label>: <code>` where the label is a known error-code label or the code starts with `Wsl/`. */
export function errorCodeLine(text: string): ErrorCodeLine | null {
  const t = text.trim();
  const ascii = t.indexOf(':');
  const wide = t.indexOf('：');
  const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (colon <= 0 || colon > 60) return null;
  const code = t.slice(colon + 1).trim();
  if (code === '' || /\s/.test(code)) return null;
  const label = looseKey(t.slice(0, colon));
  const locale = ERROR_LABELS.get(label);
  if (code.toLowerCase().startsWith('wsl/')) return { code, locale: locale ?? null };
  if (locale !== undefined && CODE_SHAPE.test(code)) return { code, locale };
  return null;
}

const USAGE_HEADS = new Set(USAGE_STARTS.map((s) => s.slice(0, 2)));

/** The first line of a usage text or usage error (any language, any build). */
export function isUsageStart(text: string, key = looseKey(text)): boolean {
  if (key.includes('(c)microsoftcorporation') || key.includes('(c)корпорациямайкрософт')) return true;
  if (key.includes('wsl.exe[') || key.includes('unrecognizedoption')) return true;
  return USAGE_HEADS.has(key.slice(0, 2)) && USAGE_STARTS.some((s) => key.startsWith(s));
}
