/**
 * Recovery of `wsl.exe` output damaged on its way into a paste. `wsl.exe` writes UTF-16LE into
 * pipes; the core layer already decodes such bytes and drops interleaved NULs. What is left
 * for this parser: text where each NUL was shown as a space (`W i n d o w s`), Go/JSON string
 * escapes of the bytes (`"\r\x00\r\x00\n\x00U\x00…"`), UTF-8 output read as UTF-16LE (CJK
 * mojibake), and CJK-only UTF-16LE bytes too short of NULs for the core's sniffing.
 */

/**
 * Bytes the core would read as UTF-8 but that are UTF-16LE: even length, a UTF-16 line feed
 * (`0A 00`) at an even offset, and read as UTF-8 they hold replacement or control characters.
 * Short messages without ASCII (`没有正在运行的分发。`, `Нет выполняющихся дистрибутивов.`)
 * have too few NUL bytes for the core's sniffing. Returns the decoded text, or null.
 */
export function utf16FallbackText(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let lineFeed = false;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0) {
      lineFeed = true;
      break;
    }
  }
  if (!lineFeed) return null;
  if (!hasOddCharacters(new TextDecoder('utf-8').decode(bytes))) return null;
  const text = new TextDecoder('utf-16le').decode(bytes);
  return text.includes('\ufffd') ? null : text;
}

/** Replacement characters, or C0 controls other than tab, CR, LF: not text a console printed. */
function hasOddCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 0)) return true;
  }
  return false;
}

/**
 * Text with a NUL after every character whose other characters are single bytes (UTF-16LE read
 * as Latin-1: `L\0i\0n\0u\0x\0©\0Æ\0` for `Linux용`). Dropping the NULs, as the core does,
 * keeps only ASCII right; giving the bytes back lets them be decoded as UTF-16LE. Returns the
 * bytes when at least one character is outside ASCII (else the core's result is already
 * right), or null.
 */
export function latin1Utf16Bytes(text: string): Uint8Array | null {
  if (!text.includes('\0')) return null;
  let nuls = 0;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return null;
    if (c === 0) nuls++;
    else if (c > 0x7f) high++;
  }
  if (high === 0 || nuls * 3 < text.length) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function hexAt(text: string, at: number, digits: number): number {
  if (at + digits > text.length) return -1;
  let v = 0;
  for (let k = 0; k < digits; k++) {
    const h = hexValue(text.charCodeAt(at + k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/** True when `text` holds escaped line breaks (`\r\n`, `\n`) as a logged string would. */
export function hasEscapedLineBreaks(text: string): boolean {
  return text.includes('\\n') || text.includes('\\r');
}

/** Result of {@link unescapeLogged}. */
export interface UnescapedLine {
  /** Text before the opening quote (`WSL SetDNS: wslRun(...): exit status 1:`), or ''. */
  prefix: string;
  /** Text after the closing quote (`+` of a concatenation), or ''. */
  suffix: string;
  /** The string's content with escapes turned into characters. */
  text: string;
}

/**
 * Turns a logged Go/JSON/JS string (`"\r\r\nUbuntu (Default)\r\r\n"`) back into its text. NUL
 * escapes were already removed by the core; `\xHH` is read as U+00HH, which is right for the
 * Latin-1 part of UTF-16 text (the high byte was the removed NUL).
 */
export function unescapeLogged(line: string): UnescapedLine {
  const firstEscape = line.indexOf('\\');
  // The opening quote is the first `"` before the first escape, else the first `'`.
  let quoteChar = '"';
  let quote = line.indexOf('"');
  if (quote < 0 || quote > firstEscape) {
    quoteChar = "'";
    quote = line.indexOf("'");
  }
  if (quote > firstEscape) quote = -1;
  let start = 0;
  let end = line.length;
  let prefix = '';
  let suffix = '';
  if (quote >= 0) {
    prefix = line.slice(0, quote).trim();
    start = quote + 1;
    const closing = line.lastIndexOf(quoteChar);
    if (closing > start && line[closing - 1] !== '\\') {
      end = closing;
      suffix = line.slice(closing + 1).trim();
    }
  }
  let out = '';
  for (let i = start; i < end; i++) {
    const ch = line[i] as string;
    if (ch !== '\\' || i + 1 >= end) {
      out += ch;
      continue;
    }
    const next = line[i + 1] as string;
    let consumed = 2;
    switch (next) {
      case 'r':
        out += '\r';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case '\\':
      case '"':
      case "'":
        out += next;
        break;
      case 'x': {
        const v = hexAt(line, i + 2, 2);
        if (v < 0) consumed = 1;
        else {
          out += String.fromCharCode(v);
          consumed = 4;
        }
        break;
      }
      case 'u': {
        const v = hexAt(line, i + 2, 4);
        if (v < 0) consumed = 1;
        else {
          out += String.fromCharCode(v);
          consumed = 6;
        }
        break;
      }
      default:
        consumed = 1;
    }
    if (consumed === 1) out += ch;
    i += consumed - 1;
  }
  return { prefix, suffix, text: out };
}

function printable(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === 0x0d || byte === 0x0a || byte === 0x09;
}

/**
 * UTF-8 (or ASCII) output read as UTF-16LE — what happens when `WSL_UTF8=1` is set for a tool
 * that expects UTF-16: two bytes become one CJK-looking character (`  NAME` → `††䅎䕍`). When
 * nearly every character is such a pair, returns the re-read text; otherwise null.
 */
export function utf8ReadAsUtf16(line: string): string | null {
  if (line.length < 4) return null;
  const allowed = Math.floor(line.length * 0.1);
  let misses = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!(printable(c & 0xff) && printable(c >> 8)) && ++misses > allowed) return null;
  }
  const bytes = new Uint8Array(line.length * 2);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    bytes[2 * i] = c & 0xff;
    bytes[2 * i + 1] = c >> 8;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\ufffd')) return null;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}

/**
 * A line whose every character is followed by a space: UTF-16 text whose NULs were shown as
 * spaces (PowerShell 5, `findstr`, a console copy). The non-space characters all sit at the
 * same parity and no two are adjacent; taking that parity gives the text back, its real
 * spaces included (a real space shows as three). Returns the text and its count of non-space
 * characters, or null for any other line.
 */
export function despaced(line: string): { text: string; chars: number } | null {
  let parity = -1;
  let chars = 0;
  let prevNonSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 32;
    if (space) {
      prevNonSpace = false;
      continue;
    }
    if (prevNonSpace) return null;
    prevNonSpace = true;
    if (parity < 0) parity = i % 2;
    else if (i % 2 !== parity) return null;
    chars++;
  }
  if (chars < 2) return null;
  let out = '';
  for (let i = parity; i < line.length; i += 2) out += line[i];
  return { text: out.trimEnd(), chars };
}
