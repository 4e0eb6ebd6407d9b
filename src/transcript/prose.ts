/**
 * Prose and output shapes: blog posts put sentences between the commands, and a sentence is
 * not command output. A line ends a block when it does not have the shape of the block's
 * format and reads like a sentence — Korean, Japanese or Chinese text (counted by script),
 * or, after a Linux table, an English sentence. Elision marks (`...[생략]...`) are output.
 */

function isCjkCode(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
    (c >= 0x1100 && c <= 0x11ff) || // Hangul jamo
    (c >= 0x3130 && c <= 0x318f) || // Hangul compatibility jamo (ㄴ)
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xff66 && c <= 0xff9f) // half-width Katakana
  );
}

/** Number of Hangul, Kana and CJK ideograph characters in `text`. */
export function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) n++;
  return n;
}

function asciiLetterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/**
 * A line written in Korean, Japanese or Chinese: at least two such characters, and at least
 * half as many of them as ASCII letters (a `ps` row with a Korean file name is not prose).
 */
export function isCjkProse(text: string): boolean {
  const cjk = cjkCount(text);
  return cjk >= 2 && cjk * 2 >= asciiLetterCount(text);
}

const WORD = /^[A-Za-z][a-z']*[,.:;!?]?$/;

/**
 * An English sentence: four or more tokens, three quarters of them plain words, ending in
 * punctuation or at least six words long. Only used where the block's format says what its
 * lines look like, so `uname` or `lsb_release` output is never taken for prose.
 */
export function isEnglishProse(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 4) return false;
  let words = 0;
  for (const t of tokens) if (WORD.test(t)) words++;
  if (words * 4 < tokens.length * 3) return false;
  return /[.:!?,]$/.test(text.trim()) || words >= 6;
}

/** `...`, `...[생략]...`, `…`, `(...)`: a writer's mark for removed output, which stays output. */
export function isElision(text: string): boolean {
  const t = text.trim();
  return t.startsWith('..') || t.startsWith('…') || t === '(...)' || t === '[...]' || t.startsWith('(…');
}

/** The first `n` white-space separated words of a trimmed line, without splitting all of it. */
function leadingTokens(t: string, n: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < n && i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
    const start = i;
    while (i < t.length && t[i] !== ' ' && t[i] !== '\t') i++;
    if (i > start) out.push(t.slice(start, i));
  }
  return out;
}

function tokens(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(/\s+/);
}

const INT = /^\d+$/;
const GUID = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/i;

/** Formats whose real output may contain localized (CJK) words: the shape check comes first. */
const LOCALIZED = new Set(['wsl-list', 'ipconfig', 'hnsdiag']);

/**
 * True when `text` has the shape of a line of `format`'s output (`index`: its position among
 * the block's non-blank output lines). Generous: it only decides whether prose may end the block.
 */
export function fitsFormat(format: string, text: string, index: number): boolean {
  const t = text.trim();
  switch (format) {
    case 'ps':
    case 'lsns': {
      if (t.startsWith('{') || t.startsWith('}') || t.startsWith('[') || t.startsWith(']') || t.startsWith('"')) return format === 'lsns';
      if (leadingTokens(t, 4).some((w) => INT.test(w))) return true;
      const tok = tokens(t);
      return tok.some((w) => w === 'PID' || w === 'COMMAND' || w === 'CMD' || w === 'NS');
    }
    case 'proc-status':
      return /^[\w()/*]+:/.test(t) || t.startsWith('==>');
    case 'ns-links':
      return /:\[\d+\]/.test(t) || t.startsWith('total') || t.startsWith('l');
    case 'docker-ps':
      return t.startsWith('CONTAINER') || /^[0-9a-f]{12}/.test(t);
    case 'docker-inspect':
      return /^[[\]{}"'\d]/.test(t) || tokens(t).length === 1;
    case 'wsl-list': {
      const n = tokens(t).length;
      return /[:：]$/.test(t) || t.includes('Wsl/') || n <= 3 || (index <= 1 && n <= 8);
    }
    case 'ipconfig':
      return / \.(?: \.)+/.test(t) || /[:：]$/.test(t) || t.includes(' : ') || /^[\d.:a-f%]+(?:\(\S*\))?$/i.test(t) || index === 0;
    case 'hnsdiag':
      return t.includes(':') || t.includes('|') || t.startsWith('///') || GUID.test(t) || /^[[\]{}"]/.test(t);
    default:
      return false;
  }
}

/**
 * True when a non-blank, non-elision line of a block's output is prose and ends the block.
 * `format` is the block's format (null when unknown).
 */
export function endsOutput(format: string | null, text: string, index: number): boolean {
  if (isElision(text)) return false;
  if (format !== null && LOCALIZED.has(format)) return !fitsFormat(format, text, index) && isCjkProse(text);
  if (isCjkProse(text)) return true;
  return format !== null && !fitsFormat(format, text, index) && isEnglishProse(text);
}
