/** Namespace-link parser: `parseNsLinks` and its types (no zod at runtime). */
export { parseNsLinks } from './parse.js';
export type { NsLinksOptions } from './parse.js';
export type { NsLink, NsLinkSource, NsLinksOutput } from './schema.js';
