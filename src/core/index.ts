/** The shared scanning layer every parser uses: decoding, line table, diagnostics, columns. */
export * from './diagnostic.js';
export * from './decode.js';
export * from './lines.js';
export * from './columns.js';
