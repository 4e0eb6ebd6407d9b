/**
 * Turns the tree art of a listing into `depth` and `parentLine`, and checks it against the
 * columns that also name the parent: PPID (process trees: lsns nests a process under its
 * parent process) and PNS/ONS (`-T parent|owner`). Art read at its exact position decides;
 * art whose spacing a paste collapsed only gives a least depth, and the parent is then found
 * by PPID on the current branch. After an elided stretch (`...[생략]...`) the branch above is
 * no longer trusted: the parent must be confirmed by PPID or is left unknown.
 */
import { diagnostic, type Diagnostic } from '../../core/index.js';
import type { LsnsRow } from './schema.js';

/** A row and the art that was read from it. */
export interface TreeItem {
  row: LsnsRow;
  /** Null for a row without art (a root). */
  art: { depth: number; exact: boolean } | null;
  /** The input line, for excerpts. */
  text: string;
}

/** An elision line between rows. */
export const ELISION = 'elision';

/** What the tree relates, which decides the check. */
export type TreeKind = 'process' | 'namespace';

interface Slot {
  row: LsnsRow;
  stale: boolean;
}

/** Options of {@link resolveTree}. */
export interface ResolveOptions {
  kind: TreeKind;
  /** PID and PPID were columns (else a process tree can be neither checked nor re-anchored). */
  hasPidAndPpid: boolean;
  /** PNS and ONS were both columns: `-T parent` nests under PNS, `-T owner` under ONS, and the output does not say which, so one alone cannot check. */
  hasPnsAndOns: boolean;
}

/** The ids a row's parent may have: its PPID (process trees) or its PNS/ONS (namespace trees); null when unknown. */
function parentIds(row: LsnsRow, options: ResolveOptions): number[] | null {
  if (options.kind === 'process') return options.hasPidAndPpid && row.ppid !== null ? [row.ppid] : null;
  if (!options.hasPnsAndOns) return null;
  const ids = [row.pns, row.ons].filter((v): v is number => v !== null && v !== 0);
  return ids.length > 0 ? ids : null;
}

/** The id other rows name a row by: its PID (process trees) or its NS (namespace trees). */
function idOf(row: LsnsRow, options: ResolveOptions): number | null {
  return options.kind === 'process' ? row.pid : row.ns;
}

function describe(ids: number[], options: ResolveOptions): string {
  return options.kind === 'process' ? `PPID ${ids.join('/')}` : `PNS/ONS ${ids.join('/')}`;
}

/** True when `wanted` (a row's PPID, or PNS/ONS) names `r`. */
function isNamed(r: LsnsRow, wanted: readonly number[], options: ResolveOptions): boolean {
  const id = idOf(r, options);
  return id !== null && wanted.includes(id);
}

/** The latest row named by one of `wanted`. */
function lookup(byId: ReadonlyMap<number, LsnsRow>, wanted: readonly number[]): LsnsRow | undefined {
  for (const id of wanted) {
    const r = byId.get(id);
    if (r) return r;
  }
  return undefined;
}

/**
 * Sets `depth` and `parentLine` of every row of one listing, in order, and reports
 * disagreements between the art and PPID/PNS/ONS.
 */
export function resolveTree(items: readonly (TreeItem | typeof ELISION)[], options: ResolveOptions, diagnostics: Diagnostic[]): void {
  const stack: (Slot | null)[] = [];
  const byId = new Map<number, LsnsRow>();
  let ambiguousReported = false;

  for (const item of items) {
    if (item === ELISION) {
      for (const s of stack) if (s) s.stale = true;
      continue;
    }
    const { row, art } = item;
    const wanted = art ? parentIds(row, options) : null;
    let parent: LsnsRow | null = null;
    let depth = 0;

    if (art) {
      depth = art.depth;
      if (art.exact) {
        const cand = stack[depth - 1] ?? null;
        if (cand && !cand.stale) parent = cand.row;
        else if (wanted) {
          const p = cand && isNamed(cand.row, wanted, options) ? cand.row : lookup(byId, wanted);
          if (p && p.depth === depth - 1) parent = p;
        } else if (cand) parent = cand.row;
      } else if (wanted) {
        for (let k = stack.length - 1; k >= depth - 1 && k >= 0; k--) {
          const s = stack[k];
          if (s && isNamed(s.row, wanted, options)) {
            parent = s.row;
            depth = k + 1;
            break;
          }
        }
        if (!parent) {
          const p = lookup(byId, wanted);
          if (p && p.depth + 1 >= depth) {
            parent = p;
            depth = p.depth + 1;
          }
        }
      } else {
        parent = stack[depth - 1]?.row ?? null;
        if (!ambiguousReported) {
          ambiguousReported = true;
          diagnostics.push(
            diagnostic(
              'warning',
              'lsns/ambiguous-tree',
              `The tree art lost its spacing and there is no ${options.kind === 'process' ? 'PPID' : 'PNS/ONS'} column to place the rows by; depths are the least the art allows.`,
              row.line,
              { excerpt: item.text },
            ),
          );
        }
      }
      if (!parent) {
        diagnostics.push(
          diagnostic(
            'info',
            'lsns/missing-parent',
            wanted
              ? `The tree parent of this row (${describe(wanted, options)}) is not in the listing; its parentLine is null.`
              : 'The tree parent of this row is not in the listing; its parentLine is null.',
            row.line,
            { excerpt: item.text },
          ),
        );
      }
    }

    if (parent) checkParent(row, parent, options, item.text, diagnostics);
    row.depth = depth;
    row.parentLine = parent ? parent.line : null;
    stack.length = depth;
    for (let k = 0; k < depth; k++) if (stack[k] === undefined) stack[k] = null;
    stack[depth] = { row, stale: false };
    const id = idOf(row, options);
    if (id !== null) byId.set(id, row);
  }
}

/** Reports a tree parent that the row's own columns contradict. */
export function checkParent(row: LsnsRow, parent: LsnsRow, options: ResolveOptions, text: string, diagnostics: Diagnostic[]): void {
  const wanted = parentIds(row, options);
  const id = idOf(parent, options);
  if (!wanted || id === null || wanted.includes(id)) return;
  diagnostics.push(
    diagnostic(
      'warning',
      'lsns/tree-parent-mismatch',
      options.kind === 'process'
        ? `The tree puts this row under PID ${id} (line ${parent.line}), but its PPID is ${wanted.join('/')}.`
        : `The tree puts this namespace under ${id} (line ${parent.line}), which is neither its PNS nor its ONS.`,
      row.line,
      { excerpt: text },
    ),
  );
}
