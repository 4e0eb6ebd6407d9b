/**
 * Renders `docker ps` tables the way the docker CLI prints them — a tabwriter with minimum
 * width 10 and padding 3, cells left-aligned, the last column unpadded, COMMAND Go-quoted —
 * or the way blogs paste them with every run of spaces collapsed to one.
 */

/** A row to render: header name → cell text (null or '' for an empty cell). */
export type DockerPsRow = Record<string, string | null>;

/** docker's default `docker ps` columns. */
export const DOCKER_PS_DEFAULT_COLUMNS = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'] as const;

/** Go's strconv.Quote for the ASCII the generators produce. */
export function goQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The table text (LF line ends, final newline). `collapsed`: one space between cells, as blogs show it. */
export function renderDockerPs(columns: readonly string[], rows: readonly DockerPsRow[], collapsed = false): string {
  const cells = [columns.slice(), ...rows.map((r) => columns.map((c) => r[c] ?? ''))];
  if (collapsed) return `${cells.map((line) => line.filter((c) => c !== '').join(' ')).join('\n')}\n`;
  const widths = columns.map((_, j) => Math.max(10, ...cells.map((line) => (line[j] as string).length + 3)));
  const lines = cells.map((line) =>
    line
      .map((c, j) => (j === line.length - 1 ? c : c.padEnd(widths[j] as number)))
      .join('')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}
