/** `/proc/<pid>/status` parser: `parseProcStatus` and its types (no zod at runtime). */
export { parseProcStatus } from './parse.js';
export type { ProcStatusOptions } from './parse.js';
export type { ProcStatusOutput, ProcStatusRecord, ProcStatusSource } from './schema.js';
