/**
 * Decoding: turns whatever a user pasted or piped — a string, or raw bytes in UTF-8 or UTF-16 —
 * into clean text. Every parser calls this first (through `prepareInput`), so encoding quirks
 * are handled once: BOMs, UTF-16 without BOM (what `wsl.exe` writes into a pipe), text that
 * was decoded with the wrong encoding and kept a NUL after every character, ANSI colour
 * escapes, no-break spaces and zero-width characters.
 */

/** The encoding the input was found to be in. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What decoding changed, so that a parser can report it as an `info` diagnostic. */
export interface DecodeNote {
  /** Stable code without prefix, e.g. `utf16le-decoded`. */
  code: string;
  /** One sentence for the user. */
  message: string;
}

/** Result of {@link decodeInput}. */
export interface DecodedInput {
  /** The text, with line breaks untouched (see `splitLines`). */
  text: string;
  /** The encoding the bytes were read as (`utf-8` for string input). */
  encoding: InputEncoding;
  /** What was recovered or removed. */
  notes: DecodeNote[];
}

const SNIFF_BYTES = 4096;

function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  let bothZero = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] === 0;
    const odd = bytes[i + 1] === 0;
    if (even) evenZero++;
    if (odd) oddZero++;
    if (even && odd) bothZero++;
  }
  const pairs = n / 2;
  // Mostly-ASCII UTF-16 has a zero in every other byte. The other parity may hold some zeros
  // too (box drawing U+2500 is 00 25 in UTF-16LE), but NUL characters (both bytes zero) are rare.
  if (bothZero > pairs * 0.02) return null;
  if (oddZero >= pairs * 0.3 && oddZero > evenZero * 2) return 'utf-16le';
  if (evenZero >= pairs * 0.3 && evenZero > oddZero * 2) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Uint8Array, notes: DecodeNote[]): { text: string; encoding: InputEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    notes.push({ code: 'utf16le-decoded', message: 'The input was UTF-16LE with a byte-order mark and was decoded as such.' });
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    notes.push({ code: 'utf16be-decoded', message: 'The input was UTF-16BE with a byte-order mark and was decoded as such.' });
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const sniffed = sniffUtf16(bytes);
  if (sniffed) {
    notes.push({
      code: sniffed === 'utf-16le' ? 'utf16le-decoded' : 'utf16be-decoded',
      message: `The input had no byte-order mark but was ${sniffed === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} (as wsl.exe writes into a pipe) and was decoded as such.`,
    });
    return { text: new TextDecoder(sniffed).decode(bytes), encoding: sniffed };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

/**
 * Removes the NUL characters that appear when UTF-16LE output was decoded as a one-byte
 * encoding (`N\0A\0M\0E\0`). Returns null when `text` has no NUL.
 */
function dropNuls(text: string, notes: DecodeNote[]): string | null {
  if (!text.includes('\0')) return null;
  let nuls = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0) nuls++;
  const interleaved = nuls * 3 >= text.length;
  notes.push(
    interleaved
      ? {
          code: 'nul-interleaved-recovered',
          message: 'The text had a NUL after every character (UTF-16 output read with the wrong encoding); the NULs were removed.',
        }
      : { code: 'nul-removed', message: `The text contained ${nuls} NUL character(s); they were removed.` },
  );
  return text.replace(/\0/g, '');
}

// A Go or JSON string escape of NUL (`\x00`, `\u0000`), as printed when tools quote UTF-16 text.
const ESCAPED_NUL = /\\x00|\\u0000/g;

function dropEscapedNuls(text: string, notes: DecodeNote[]): string | null {
  if (!text.includes('\\x00') && !text.includes('\\u0000')) return null;
  const count = text.match(ESCAPED_NUL)?.length ?? 0;
  // A stray literal in a command line is not an encoding accident; a run of them is.
  if (count < 4) return null;
  notes.push({
    code: 'escaped-nul-recovered',
    message: `The text contained ${count} escaped NULs (\\x00), the trace of UTF-16 output shown as a quoted string; they were removed.`,
  });
  return text.replace(ESCAPED_NUL, '');
}

// CSI (colours, cursor moves) and OSC (titles, hyperlinks) sequences, then any lone ESC.
const ANSI_CSI = /\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]/g;
const ANSI_OSC = /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const LONE_ESC = /\x1b/g;

// No-break and fixed-width spaces are spaces; zero-width characters and BOMs are nothing.
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;
// eslint-disable-next-line no-misleading-character-class -- each listed character is removed on its own, ZWJ included
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

// Anything any of the repairs below would change. Searched one by one with indexOf: each is a
// native memchr-like scan, together several times faster than one regex over a large input.
const NEEDS_REPAIR = ['\0', '\x1b', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\\x00', '\\u0000'];

function needsRepair(text: string): boolean {
  for (const s of NEEDS_REPAIR) if (text.includes(s)) return true;
  return false;
}

/**
 * Decodes `input` (string or bytes) into clean text. Never throws.
 *
 * @example
 * decodeInput(new Uint8Array([0x4e, 0, 0x41, 0, 0x4d, 0, 0x45, 0])).text // 'NAME'
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  const notes: DecodeNote[] = [];
  let text: string;
  let encoding: InputEncoding = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else if (input instanceof Uint8Array) {
    ({ text, encoding } = decodeBytes(input, notes));
  } else {
    text = String(input ?? '');
  }
  // One native scan decides whether any repair is needed; clean text (the common case) pays nothing more.
  if (!needsRepair(text)) return { text, encoding, notes };
  text = dropNuls(text, notes) ?? text;
  text = dropEscapedNuls(text, notes) ?? text;
  if (text.includes('\x1b')) {
    text = text.replace(ANSI_OSC, '').replace(ANSI_CSI, '').replace(LONE_ESC, '');
    notes.push({ code: 'ansi-removed', message: 'Terminal escape sequences (colours) were removed.' });
  }
  text = text.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '');
  return { text, encoding, notes };
}
