/**
 * Tree art as libsmartcols draws it in the tree column (print.c `tree_ascii_art_to_buffer`):
 * a line at depth d ≥ 1 starts with d − 1 two-cell units, `│ ` (`| `) where that ancestor has
 * a later sibling and two spaces where it was the last child, then `├─` (`|-`) or, for the
 * last child, `└─` (`` `- ``), glued to the text. Roots have no art. The ASCII alphabet is used
 * in a non-UTF-8 locale.
 */

function isVertical(a: string, b: string): boolean {
  return (a === '|' || a === '│') && b === ' ';
}

function isBranch(a: string, b: string): boolean {
  return (a === '|' && b === '-') || (a === '├' && b === '─') || (a === '`' && b === '-') || (a === '└' && b === '─');
}

/** Art read from a cell. */
export interface ArtPrefix {
  /** Depth: the number of two-cell units, the branch included. */
  depth: number;
  /** The text after the art. */
  rest: string;
}

/**
 * Reads the art at the very start of a tree cell whose position is known (the human layout
 * sliced by its header, or a decoded `-r` cell). Null when the cell has no art (a root).
 */
export function readExactArt(cell: string): ArtPrefix | null {
  let i = 0;
  let units = 0;
  while (i + 1 < cell.length) {
    const a = cell.charAt(i);
    const b = cell.charAt(i + 1);
    if (isBranch(a, b)) return { depth: units + 1, rest: cell.slice(i + 2) };
    if (isVertical(a, b) || (a === ' ' && b === ' ')) {
      units++;
      i += 2;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * Reads art from text whose spacing was collapsed by a paste (the two-space units are lost,
 * `│ ` survive as separate `|` words): returns the least depth the art allows. Null when the
 * text does not start with art.
 */
export function readLooseArt(text: string): ArtPrefix | null {
  let i = 0;
  let bars = 0;
  const n = text.length;
  while (i < n) {
    const a = text.charAt(i);
    const b = text.charAt(i + 1);
    if (a === ' ') {
      i++;
      continue;
    }
    if (isBranch(a, b)) return { depth: bars + 1, rest: text.slice(i + 2) };
    if ((a === '|' || a === '│') && (b === ' ' || b === '')) {
      bars++;
      i += 1;
      continue;
    }
    return null;
  }
  return null;
}
