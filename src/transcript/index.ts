/**
 * The transcript reader: `readTranscript(text)` splits a pasted terminal session into blocks
 * with their vantage and output format. Types only from the schema (zod is not loaded).
 */
export { readTranscript, DETECT_THRESHOLD } from './parse.js';
export { readAnnotation, readVantageNote } from './vantage.js';
export { matchPrompt, plausibleCommand, type PromptMatch, type PromptStyle } from './prompt.js';
export { classifyLine, splitCommandLine, type CommandInfo, type Effect, type Target } from './command.js';
export type { Block, Job, NoteKind, NoteLine, OutputLine, Transcript, Vantage, VantageKind, VantageVia } from './schema.js';
