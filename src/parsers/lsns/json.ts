/**
 * A tolerant JSON reader for `lsns -J`: it keeps the offset of every value (so rows can point
 * at the line of their `{`), reads several top-level values (`LIBSMARTCOLS_JSON=lines`),
 * accepts the `\xHH` escapes util-linux 2.28 wrote inside strings, and on truncated or broken
 * input returns everything read so far, with the open containers marked incomplete. It is
 * iterative (a hostile `[[[[…` cannot overflow the call stack) and never throws.
 */

/** A JSON value with its position in the text. */
export type JsonNode = JsonObject | JsonArray | JsonScalar;

/** An object; `complete` is false when the input ended or broke inside it. */
export interface JsonObject {
  kind: 'object';
  /** Offset of `{`. */
  offset: number;
  complete: boolean;
  entries: [string, JsonNode][];
}

/** An array; `complete` is false when the input ended or broke inside it. */
export interface JsonArray {
  kind: 'array';
  /** Offset of `[`. */
  offset: number;
  complete: boolean;
  items: JsonNode[];
}

/** A string, number, boolean or null. */
export interface JsonScalar {
  kind: 'scalar';
  offset: number;
  value: string | number | boolean | null;
}

/** Why reading stopped early. */
export interface JsonProblem {
  /** Offset where reading stopped. */
  offset: number;
  /** True when the text simply ended inside a value (a truncated paste). */
  truncated: boolean;
  message: string;
}

/** Result of {@link readJson}. */
export interface JsonReadResult {
  /** The top-level values, in order (the last one may be incomplete). */
  values: JsonNode[];
  /** Null when the whole text was read. */
  problem: JsonProblem | null;
}

const MAX_DEPTH = 256;
const UTF8 = new TextDecoder('utf-8');

type Expect = 'keyOrEnd' | 'key' | 'colon' | 'value' | 'valueOrEnd' | 'commaOrEnd';

interface Frame {
  node: JsonObject | JsonArray;
  key: string;
  expect: Expect;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Reads a string starting at the `"` at `start`; returns its value and the offset after it, or null when unterminated. */
function readString(text: string, start: number): { value: string; end: number } | { error: string; end: number; truncated: boolean } {
  // The common case, a string without escapes, is one slice.
  const close = text.indexOf('"', start + 1);
  if (close < 0) return { error: 'the text ends inside a string', end: text.length, truncated: true };
  let escaped = false;
  for (let k = start + 1; k < close; k++) {
    if (text.charCodeAt(k) === 92) {
      escaped = true;
      break;
    }
  }
  if (!escaped) return { value: text.slice(start + 1, close), end: close + 1 };
  let out = '';
  let bytes: number[] = [];
  let i = start + 1;
  let plain = i;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 92) {
      i++;
      continue;
    }
    if (i > plain) {
      if (bytes.length > 0) {
        out += UTF8.decode(new Uint8Array(bytes));
        bytes = [];
      }
      out += text.slice(plain, i);
    }
    if (c === 34) {
      if (bytes.length > 0) out += UTF8.decode(new Uint8Array(bytes));
      return { value: out, end: i + 1 };
    }
    if (i + 1 >= n) return { error: 'the text ends inside a string', end: n, truncated: true };
    const e = text.charAt(i + 1);
    if (e === 'x') {
      // util-linux 2.28 wrote non-printable bytes as \xHH inside JSON strings.
      const hi = hex(text.charCodeAt(i + 2));
      const lo = hex(text.charCodeAt(i + 3));
      if (hi < 0 || lo < 0) {
        if (i + 4 > n) return { error: 'the text ends inside a string', end: n, truncated: true };
        return { error: 'a bad \\x escape in a string', end: i, truncated: false };
      }
      bytes.push(hi * 16 + lo);
      i += 4;
      plain = i;
      continue;
    }
    if (bytes.length > 0) {
      out += UTF8.decode(new Uint8Array(bytes));
      bytes = [];
    }
    if (e === 'u') {
      let v = 0;
      for (let k = 2; k < 6; k++) {
        const h = hex(text.charCodeAt(i + k));
        if (h < 0) {
          if (i + k >= n) return { error: 'the text ends inside a string', end: n, truncated: true };
          return { error: 'a bad \\u escape in a string', end: i, truncated: false };
        }
        v = v * 16 + h;
      }
      out += String.fromCharCode(v);
      i += 6;
    } else {
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : e;
      i += 2;
    }
    plain = i;
  }
  return { error: 'the text ends inside a string', end: n, truncated: true };
}

function readNumber(text: string, start: number): { value: number; end: number } | null {
  let i = start;
  const n = text.length;
  if (text.charCodeAt(i) === 45) i++;
  const digitsFrom = i;
  while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsFrom) return null;
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  }
  const value = Number(text.slice(start, i));
  return Number.isFinite(value) ? { value, end: i } : null;
}

/** Reads every JSON value in `text`; see the module comment. */
export function readJson(text: string): JsonReadResult {
  const values: JsonNode[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;

  const attach = (node: JsonNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      values.push(node);
      return;
    }
    if (top.node.kind === 'object') top.node.entries.push([top.key, node]);
    else top.node.items.push(node);
    top.expect = 'commaOrEnd';
  };
  const fail = (offset: number, message: string, truncated: boolean): JsonReadResult => ({
    values,
    problem: { offset, message, truncated },
  });

  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (stack.length > 0) return fail(n, 'the text ends before the JSON is closed', true);
      return { values, problem: null };
    }
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    const expect: Expect = top ? top.expect : 'value';

    if (expect === 'colon') {
      (top as Frame).expect = 'value';
      // util-linux 2.42 writes `"children"[` under LIBSMARTCOLS_JSON=lines: no colon before an array.
      if (c === 91) continue;
      if (c !== 58) return fail(i, 'a ":" was expected', false);
      i++;
      continue;
    }
    if (expect === 'commaOrEnd') {
      const frame = top as Frame;
      if (c === 44) {
        i++;
        frame.expect = frame.node.kind === 'object' ? 'key' : 'value';
        continue;
      }
      if ((c === 125 && frame.node.kind === 'object') || (c === 93 && frame.node.kind === 'array')) {
        i++;
        frame.node.complete = true;
        stack.pop();
        continue;
      }
      return fail(i, 'a "," or the end of the container was expected', false);
    }
    if (expect === 'keyOrEnd' || expect === 'key') {
      const frame = top as Frame;
      if (c === 125) {
        i++;
        frame.node.complete = true;
        stack.pop();
        continue;
      }
      if (c !== 34) return fail(i, 'a key was expected', false);
      const s = readString(text, i);
      if ('error' in s) return fail(s.end, s.error, s.truncated);
      frame.key = s.value;
      frame.expect = 'colon';
      i = s.end;
      continue;
    }
    // A value (or, in an array just opened, its end).
    if (expect === 'valueOrEnd' && c === 93) {
      const frame = top as Frame;
      i++;
      frame.node.complete = true;
      stack.pop();
      continue;
    }
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_DEPTH) return fail(i, 'the JSON is nested too deeply', false);
      const node: JsonObject | JsonArray =
        c === 123 ? { kind: 'object', offset: i, complete: false, entries: [] } : { kind: 'array', offset: i, complete: false, items: [] };
      attach(node);
      stack.push({ node, key: '', expect: c === 123 ? 'keyOrEnd' : 'valueOrEnd' });
      i++;
      continue;
    }
    if (c === 34) {
      const s = readString(text, i);
      if ('error' in s) return fail(s.end, s.error, s.truncated);
      attach({ kind: 'scalar', offset: i, value: s.value });
      i = s.end;
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const num = readNumber(text, i);
      if (!num) return fail(i, 'a bad number', i + 1 >= n);
      attach({ kind: 'scalar', offset: i, value: num.value });
      i = num.end;
      continue;
    }
    const word = text.startsWith('true', i) ? 'true' : text.startsWith('false', i) ? 'false' : text.startsWith('null', i) ? 'null' : null;
    if (word) {
      attach({ kind: 'scalar', offset: i, value: word === 'null' ? null : word === 'true' });
      i += word.length;
      continue;
    }
    const truncatedWord = n - i < 5 && ['true', 'false', 'null'].some((w) => w.startsWith(text.slice(i)));
    return fail(i, 'a JSON value was expected', truncatedWord);
  }
}
