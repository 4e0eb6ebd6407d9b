/** `ps` output (procps-ng and busybox) → typed rows. See `docs/formats/ps.md`. */
export { parsePs, type PsOptions } from './parse.js';
export type { PsColumn, PsFlavor, PsOutput, PsRow } from './schema.js';
