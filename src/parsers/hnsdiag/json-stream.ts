/**
 * A tolerant reader for the JSON that `hnsdiag list … -d`/`-df` prints: several pretty-printed
 * objects one after the other (not an array), usually cut off somewhere in a paste. It finds
 * where one value ends by matching brackets outside strings, stops early at lines that cannot
 * be JSON (a prompt, an elision mark, the next column-0 object of an indented dump), then
 * parses that span strictly. Everything is total: no exceptions, no regexes, bounded nesting.
 */

/** A plain JSON value as `JSON.parse` would produce it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One top-level object found in a block, with the lines (0-based indexes) it spans. */
export interface JsonBlockObject {
  /** The parsed object. */
  value: JsonObject;
  /** Index of the line holding its `{`. */
  startIndex: number;
  /** Index of the line holding its `}`. */
  endIndex: number;
}

/** What {@link readJsonBlock} found from a `{` or `[` on. */
export interface JsonBlock {
  /** `complete`: parsed to its closing bracket; `truncated`: the input (or the JSON-looking lines) ended first; `invalid`: a syntax error. */
  status: 'complete' | 'truncated' | 'invalid';
  /** The objects read: the value itself, or the complete object elements of a top-level array. */
  objects: JsonBlockObject[];
  /** Line indexes of top-level array elements that are not objects. */
  otherElements: number[];
  /** Index of the last line that belongs to the block. */
  endIndex: number;
  /** Column just after the closing bracket on `endIndex` (for text that follows it). */
  endColumn: number;
  /** Line index of the syntax error or of the cut (for `invalid`/`truncated`). */
  errorIndex: number;
  /** What went wrong, in a few words (empty when complete). */
  errorMessage: string;
}

const MAX_DEPTH = 256;

const CH_QUOTE = 34;
const CH_BACKSLASH = 92;
const CH_LBRACE = 123;
const CH_RBRACE = 125;
const CH_LBRACKET = 91;
const CH_RBRACKET = 93;

/** Characters a line inside pretty-printed JSON can start with. */
function canStartJsonLine(code: number): boolean {
  return (
    code === CH_QUOTE ||
    code === CH_LBRACE ||
    code === CH_RBRACE ||
    code === CH_LBRACKET ||
    code === CH_RBRACKET ||
    code === 44 /* , */ ||
    code === 58 /* : */ ||
    code === 45 /* - */ ||
    (code >= 48 && code <= 57) ||
    code === 116 /* t */ ||
    code === 102 /* f */ ||
    code === 110 /* n */
  );
}

/** Width of the leading white space (a tab counts as up to the next multiple of 8). */
export function indentOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 8 - (width % 8);
    else return width;
  }
  return width;
}

function firstNonSpace(text: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return i;
  }
  return -1;
}

interface Extent {
  endIndex: number;
  closed: boolean;
  /** Column after the closing bracket when closed. */
  endColumn: number;
  /** Line index where the JSON-looking lines stopped, when not closed by a bracket. */
  cutIndex: number;
}

/**
 * Where the value starting at `lines[start][column]` ends: its closing bracket, or the last
 * line before one that cannot continue it. Strings never span lines in JSON, so string state
 * is reset at each line end (a broken string cannot swallow the rest of the paste).
 */
function findExtent(lines: readonly string[], start: number, column: number): Extent {
  const base = indentOf(lines[start] as string);
  let depth = 0;
  let indented: boolean | null = null;
  let lastContent = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i] as string;
    let from = 0;
    if (i === start) from = column;
    else {
      const first = firstNonSpace(text);
      if (first < 0) continue;
      const code = text.charCodeAt(first);
      const indent = indentOf(text);
      if (indented === null) indented = indent > base;
      const closer = code === CH_RBRACE || code === CH_RBRACKET;
      // A line no JSON continues with, or (in an indented dump) one back at the object's own
      // indentation that is not its closing bracket: the object was cut off before it.
      if (!canStartJsonLine(code) || (indented && indent <= base && !closer)) {
        return { endIndex: lastContent, closed: false, endColumn: (lines[lastContent] as string).length, cutIndex: i };
      }
    }
    lastContent = i;
    let inString = false;
    let escaped = false;
    for (let j = from; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === CH_BACKSLASH) escaped = true;
        else if (c === CH_QUOTE) inString = false;
      } else if (c === CH_QUOTE) inString = true;
      else if (c === CH_LBRACE || c === CH_LBRACKET) depth++;
      else if (c === CH_RBRACE || c === CH_RBRACKET) {
        depth--;
        if (depth <= 0) return { endIndex: i, closed: true, endColumn: j + 1, cutIndex: -1 };
      }
    }
  }
  return { endIndex: lastContent, closed: false, endColumn: (lines[lastContent] as string).length, cutIndex: lines.length };
}

const FAIL: unique symbol = Symbol('fail');
type Parsed = JsonValue | typeof FAIL;

/** A strict recursive-descent JSON parser over one block's text, reporting positions. */
class JsonReader {
  pos = 0;
  errorPos = -1;
  errorMessage = '';

  constructor(private readonly text: string) {}

  fail(message: string, pos = this.pos): typeof FAIL {
    if (this.errorPos < 0) {
      this.errorPos = pos;
      this.errorMessage = pos >= this.text.length ? 'the text ends inside the JSON value' : message;
    }
    return FAIL;
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  value(depth: number): Parsed {
    this.skipSpace();
    if (this.pos >= this.text.length) return this.fail('a value is missing');
    const c = this.text.charCodeAt(this.pos);
    if (c === CH_LBRACE) return this.object(depth + 1);
    if (c === CH_LBRACKET) return this.array(depth + 1);
    if (c === CH_QUOTE) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.text.startsWith('true', this.pos)) {
      this.pos += 4;
      return true;
    }
    if (this.text.startsWith('false', this.pos)) {
      this.pos += 5;
      return false;
    }
    if (this.text.startsWith('null', this.pos)) {
      this.pos += 4;
      return null;
    }
    return this.fail(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
  }

  object(depth: number): Parsed {
    if (depth > MAX_DEPTH) return this.fail('the JSON is nested too deeply');
    this.pos++;
    const entries: [string, JsonValue][] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === CH_RBRACE) {
      this.pos++;
      return {};
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== CH_QUOTE) return this.fail('a member name (a quoted string) was expected');
      const key = this.string();
      if (key === FAIL) return FAIL;
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) return this.fail('":" was expected after a member name');
      this.pos++;
      const v = this.value(depth);
      if (v === FAIL) return FAIL;
      entries.push([key as string, v]);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === CH_RBRACE) {
        this.pos++;
        // fromEntries defines own properties, so a key like `__proto__` stays plain data.
        return Object.fromEntries(entries) as JsonObject;
      }
      return this.fail('"," or "}" was expected');
    }
  }

  /** Parses an array; `onElement` (top level only) sees each element with its start and end positions. */
  array(depth: number, onElement?: (value: JsonValue, start: number, end: number) => void): Parsed {
    if (depth > MAX_DEPTH) return this.fail('the JSON is nested too deeply');
    this.pos++;
    const out: JsonValue[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === CH_RBRACKET) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      const v = this.value(depth);
      if (v === FAIL) return FAIL;
      onElement?.(v, start, this.pos - 1);
      out.push(v);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === CH_RBRACKET) {
        this.pos++;
        return out;
      }
      return this.fail('"," or "]" was expected');
    }
  }

  string(): Parsed {
    const t = this.text;
    let i = this.pos + 1;
    let out = '';
    let runStart = i;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === CH_QUOTE) {
        out += t.slice(runStart, i);
        this.pos = i + 1;
        return out;
      }
      if (c < 32) return this.fail(c === 10 ? 'a string is not closed on its line' : 'a control character is inside a string', i);
      if (c === CH_BACKSLASH) {
        out += t.slice(runStart, i);
        const e = t.charCodeAt(i + 1);
        let add: string | null = null;
        if (e === CH_QUOTE) add = '"';
        else if (e === CH_BACKSLASH) add = '\\';
        else if (e === 47) add = '/';
        else if (e === 98) add = '\b';
        else if (e === 102) add = '\f';
        else if (e === 110) add = '\n';
        else if (e === 114) add = '\r';
        else if (e === 116) add = '\t';
        else if (e === 117) {
          const hex = t.slice(i + 2, i + 6);
          if (hex.length === 4 && isHex4(hex)) {
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            runStart = i;
            continue;
          }
          return this.fail('a \\u escape needs four hex digits', i);
        }
        if (add === null) return this.fail('an unknown escape is inside a string', i);
        out += add;
        i += 2;
        runStart = i;
        continue;
      }
      i++;
    }
    return this.fail('a string is not closed', t.length);
  }

  number(): Parsed {
    const t = this.text;
    const start = this.pos;
    let i = start;
    if (t.charCodeAt(i) === 45) i++;
    const intStart = i;
    while (i < t.length && isDigit(t.charCodeAt(i))) i++;
    if (i === intStart) return this.fail('a digit was expected', i);
    if (t.charCodeAt(intStart) === 48 && i - intStart > 1) return this.fail('a number has a leading zero', intStart);
    if (t.charCodeAt(i) === 46) {
      i++;
      const fracStart = i;
      while (i < t.length && isDigit(t.charCodeAt(i))) i++;
      if (i === fracStart) return this.fail('a digit was expected after "."', i);
    }
    const e = t.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const s = t.charCodeAt(i);
      if (s === 43 || s === 45) i++;
      const expStart = i;
      while (i < t.length && isDigit(t.charCodeAt(i))) i++;
      if (i === expStart) return this.fail('a digit was expected in an exponent', i);
    }
    this.pos = i;
    const n = Number(t.slice(start, i));
    // Out-of-range numbers would not survive JSON.stringify; keep their text instead.
    if (!Number.isFinite(n)) return t.slice(start, i);
    return n === 0 ? 0 : n;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex4(s: string): boolean {
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (!(isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function isPlainObject(v: JsonValue): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the JSON value that starts at `lines[start]`, column `column` (a `{` or `[`), and
 * returns what it spans and which objects are complete. Never throws.
 */
export function readJsonBlock(lines: readonly string[], start: number, column: number): JsonBlock {
  const extent = findExtent(lines, start, column);
  // The block's text, with the offset where each of its lines begins.
  const offsets: number[] = [];
  let text = '';
  for (let i = start; i <= extent.endIndex; i++) {
    const raw = lines[i] as string;
    const from = i === start ? column : 0;
    const to = i === extent.endIndex && extent.closed ? extent.endColumn : raw.length;
    if (i > start) text += '\n';
    offsets.push(text.length);
    text += raw.slice(from, to);
  }
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((offsets[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return start + lo;
  };

  const reader = new JsonReader(text);
  const objects: JsonBlockObject[] = [];
  const otherElements: number[] = [];
  let parsed: Parsed;
  if (text.charCodeAt(0) === CH_LBRACKET) {
    parsed = reader.array(1, (v, s, e) => {
      if (isPlainObject(v)) objects.push({ value: v, startIndex: lineOf(s), endIndex: lineOf(e) });
      else otherElements.push(lineOf(s));
    });
  } else {
    parsed = reader.value(0);
    if (parsed !== FAIL && isPlainObject(parsed)) objects.push({ value: parsed, startIndex: start, endIndex: extent.endIndex });
  }
  const base = { objects, otherElements, endIndex: extent.endIndex, endColumn: extent.endColumn };
  if (parsed !== FAIL && reader.atEnd()) return { ...base, status: 'complete', errorIndex: -1, errorMessage: '' };
  if (parsed !== FAIL) {
    return { ...base, status: 'invalid', errorIndex: lineOf(reader.pos), errorMessage: 'text follows the end of the value' };
  }
  if (reader.errorPos >= text.length && !extent.closed) {
    return { ...base, status: 'truncated', errorIndex: extent.cutIndex, errorMessage: reader.errorMessage };
  }
  return { ...base, status: 'invalid', errorIndex: lineOf(Math.min(reader.errorPos, Math.max(0, text.length - 1))), errorMessage: reader.errorMessage };
}
