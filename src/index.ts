/**
 * wslscope: parse what WSL2 users paste — `wsl -l -v`, `ps`, `lsns`, `/proc/<pid>/status`,
 * `ls -l /proc/<pid>/ns/pid`, `ipconfig`, `hnsdiag`, `docker ps` — and rebuild the nested
 * pid-namespace tree. This entry is browser-safe and never loads zod (the schemas are in
 * `wslscope/schemas`).
 */
export { diagnostic, makeResult, unwrap, ParseError, type Diagnostic, type ParseResult, type Severity } from './core/diagnostic.js';
export { decodeInput, type DecodedInput, type DecodeNote, type InputEncoding } from './core/decode.js';
export { prepareInput, splitLines, type Line, type PreparedInput } from './core/lines.js';

export { analyze, type AnalyzeOptions } from './analyze/index.js';
export * from './model/index.js';
export * from './render/index.js';
export { readTranscript } from './transcript/index.js';
export type { Block, Job, NoteKind, NoteLine, OutputLine, Transcript, Vantage, VantageKind, VantageVia } from './transcript/index.js';

export { detectFormat, type DetectResult } from './parsers/detect.js';
export { parsers, formatNames, isFormatName, parseAs, type FormatName, type AnyParser } from './parsers/registry.js';
export * from './parsers/ps/index.js';
export * from './parsers/proc-status/index.js';
export * from './parsers/ns-links/index.js';
export * from './parsers/lsns/index.js';
export * from './parsers/wsl-list/index.js';
export * from './parsers/ipconfig/index.js';
export * from './parsers/hnsdiag/index.js';
export * from './parsers/docker-ps/index.js';
export * from './parsers/docker-inspect/index.js';
