/**
 * Problems are data: every parser returns a {@link ParseResult} whose `diagnostics` say what
 * was odd about the input, and {@link unwrap} is the one function in the library that throws.
 */

/** How bad a diagnostic is. Only `error` makes a result not `ok`. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing a parser or the model noticed about the input. */
export interface Diagnostic {
  /** `error`: part of the input could not be understood; `warning`: understood with a doubt; `info`: a note (e.g. recovered encoding). */
  severity: Severity;
  /** Stable identifier, `<format>/<kebab-case>`, documented in `docs/`. */
  code: string;
  /** One sentence a user understands. */
  message: string;
  /** 1-based line of the input the diagnostic is about; 0 means the whole input. */
  line: number;
  /** 1-based column, when one position is meant. */
  column?: number;
  /** The offending text, shortened. */
  excerpt?: string;
}

/** What every parser returns: a best-effort value, always present, and the diagnostics. */
export interface ParseResult<T> {
  /** `false` iff some diagnostic has severity `error`. */
  ok: boolean;
  /** The parsed value; on bad input, everything that could be read. */
  value: T;
  /** Sorted by line (stable for equal lines). */
  diagnostics: Diagnostic[];
}

const MAX_EXCERPT = 120;

/** Shortens `text` for {@link Diagnostic.excerpt}. */
export function excerptOf(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

/** Builds a {@link Diagnostic}; `excerpt` is shortened, `column` omitted when not given. */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  line: number,
  extra: { column?: number; excerpt?: string } = {},
): Diagnostic {
  const d: Diagnostic = { severity, code, message, line };
  if (extra.column !== undefined) d.column = extra.column;
  if (extra.excerpt !== undefined) d.excerpt = excerptOf(extra.excerpt);
  return d;
}

/** Sorts the diagnostics by line (stably) and computes `ok`. */
export function makeResult<T>(value: T, diagnostics: Diagnostic[]): ParseResult<T> {
  const sorted = diagnostics
    .map((d, i) => [d, i] as const)
    .sort((a, b) => a[0].line - b[0].line || a[1] - b[1])
    .map(([d]) => d);
  return { ok: !sorted.some((d) => d.severity === 'error'), value, diagnostics: sorted };
}

/** Thrown by {@link unwrap} only; carries every diagnostic of the failed result. */
export class ParseError extends Error {
  /** All diagnostics of the result, errors first in line order. */
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    super(
      first
        ? `${first.code} at line ${first.line}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
        : 'parse failed',
    );
    this.name = 'ParseError';
    this.diagnostics = diagnostics;
  }
}

/** Returns `result.value`, or throws a {@link ParseError} when the result is not `ok`. */
export function unwrap<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new ParseError(result.diagnostics);
  return result.value;
}
