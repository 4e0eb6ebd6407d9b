/**
 * Every parser by format name — what `wslscope parse FORMAT`, `detectFormat` users and the
 * transcript reader's blocks dispatch on. Browser-safe; loads no zod.
 */
import type { ParseResult } from '../core/diagnostic.js';
import { parsePs } from './ps/index.js';
import { parseProcStatus } from './proc-status/index.js';
import { parseNsLinks } from './ns-links/index.js';
import { parseLsns } from './lsns/index.js';
import { parseWslList } from './wsl-list/index.js';
import { parseIpconfig } from './ipconfig/index.js';
import { parseHnsdiag } from './hnsdiag/index.js';
import { parseDockerPs } from './docker-ps/index.js';
import { parseDockerInspect } from './docker-inspect/index.js';

/** A parser as the registry holds it. */
export type AnyParser = (input: string | Uint8Array, options?: never) => ParseResult<unknown>;

/** Format name → parser. */
export const parsers = {
  ps: parsePs,
  'proc-status': parseProcStatus,
  'ns-links': parseNsLinks,
  lsns: parseLsns,
  'wsl-list': parseWslList,
  ipconfig: parseIpconfig,
  hnsdiag: parseHnsdiag,
  'docker-ps': parseDockerPs,
  'docker-inspect': parseDockerInspect,
} as const;

/** A format name the registry knows. */
export type FormatName = keyof typeof parsers;

/** The format names, in a stable order. */
export const formatNames = Object.keys(parsers) as FormatName[];

/** True when `name` is a known format. */
export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(parsers, name);
}

/** Parses `input` as `format` (with the parser's options). */
export function parseAs(format: FormatName, input: string | Uint8Array, options?: unknown): ParseResult<unknown> {
  return (parsers[format] as unknown as (i: string | Uint8Array, o?: unknown) => ParseResult<unknown>)(input, options);
}
