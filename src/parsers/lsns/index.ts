/** `lsns` parser: `parseLsns` and its types (no zod at runtime). */
export { parseLsns } from './parse.js';
export type { LsnsOptions } from './parse.js';
export type { LsnsExtraValue, LsnsOutput, LsnsRow } from './schema.js';
