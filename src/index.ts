/**
 * wslscope: parse what WSL2 users paste and rebuild the nested pid-namespace tree.
 * This entry is browser-safe and never loads zod (schemas live in `wslscope/schemas`).
 */
export * from './core/diagnostic.js';
export { decodeInput, prepareInput, splitLines, type Line, type PreparedInput, type DecodedInput, type DecodeNote, type InputEncoding } from './core/index.js';
