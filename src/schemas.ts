/**
 * `wslscope/schemas`: the zod schemas of every parser's value, of the transcript and of the
 * model's `Analysis`, for callers who validate. This entry loads zod; the others never do.
 */
export * from './model/schema.js';
export * from './transcript/schema.js';
export * from './parsers/ps/schema.js';
export * from './parsers/proc-status/schema.js';
export * from './parsers/ns-links/schema.js';
export * from './parsers/lsns/schema.js';
export * from './parsers/wsl-list/schema.js';
export * from './parsers/ipconfig/schema.js';
export * from './parsers/hnsdiag/schema.js';
export * from './parsers/docker-ps/schema.js';
export * from './parsers/docker-inspect/schema.js';
