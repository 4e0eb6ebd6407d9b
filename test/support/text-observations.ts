/**
 * Text → observations the way the library does it: the real parsers, then the model's adapters
 * (src/model/adapters.ts), with the block's lines shifted to their place in the transcript.
 * Shared by the text-level property tests and the live lab. The adapters are loaded
 * dynamically so that the tests can say clearly when they are not there yet.
 */
import { parseLsns } from '../../src/parsers/lsns/index.js';
import { parseNsLinks } from '../../src/parsers/ns-links/index.js';
import { parseProcStatus } from '../../src/parsers/proc-status/index.js';
import { parsePs } from '../../src/parsers/ps/index.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { Observation, ObservationSet, ViewInput } from '../../src/model/schema.js';
import type { RenderedText, TextBlock, TextFormat } from './sim-text.js';

/** The adapters' API as issue 5's brief states it. */
export interface Adapters {
  observationsFromPs(value: unknown, view: string): Observation[];
  observationsFromProcStatus(value: unknown, view: string): Observation[];
  observationsFromNsLinks(value: unknown, view: string): Observation[];
  observationsFromLsns(value: unknown, view: string, options?: { namespace?: number }): Observation[];
}

/** The adapters module, or null when src/model/adapters.ts does not exist yet. */
export async function loadAdapters(): Promise<Adapters | null> {
  const path = process.env.H5_STUB ?? '../../src/model/adapters.js';
  try {
    const mod = (await import(/* @vite-ignore */ path)) as Partial<Adapters>;
    if (typeof mod.observationsFromPs !== 'function') return null;
    return mod as Adapters;
  } catch {
    return null;
  }
}

/** One block of output, its view and where it sits in the transcript. */
export interface Block {
  view: string;
  format: TextFormat;
  text: string;
  /** Transcript line of the output's first line. */
  firstLine: number;
  /** The namespace argument of `lsns -t pid <ns>`. */
  namespace?: number;
}

/** Parses a block and adapts it; observation and diagnostic lines are transcript lines. */
export function observeBlock(adapters: Adapters, block: Block): { observations: Observation[]; diagnostics: Diagnostic[] } {
  const shift = block.firstLine - 1;
  let observations: Observation[];
  let diagnostics: Diagnostic[];
  switch (block.format) {
    case 'ps': {
      const r = parsePs(block.text);
      observations = adapters.observationsFromPs(r.value, block.view);
      diagnostics = r.diagnostics;
      break;
    }
    case 'proc-status': {
      const r = parseProcStatus(block.text);
      observations = adapters.observationsFromProcStatus(r.value, block.view);
      diagnostics = r.diagnostics;
      break;
    }
    case 'ns-links': {
      const r = parseNsLinks(block.text);
      observations = adapters.observationsFromNsLinks(r.value, block.view);
      diagnostics = r.diagnostics;
      break;
    }
    case 'lsns': {
      const r = parseLsns(block.text);
      observations = adapters.observationsFromLsns(r.value, block.view, block.namespace === undefined ? {} : { namespace: block.namespace });
      // A process listing does not print its namespace: it is the command's argument.
      if (block.namespace !== undefined) {
        observations = observations.map((o) => (o.kind === 'process' && o.nsInode == null ? { ...o, nsInode: block.namespace as number } : o));
      }
      diagnostics = r.diagnostics;
      break;
    }
  }
  return {
    observations: observations.map((o) => ({ ...o, line: o.line + shift })),
    diagnostics: diagnostics.map((d) => ({ ...d, line: d.line === 0 ? 0 : d.line + shift })),
  };
}

/** A rendered text scenario → the resolver's input, through the parsers and adapters. */
export function observeText(adapters: Adapters, rendered: RenderedText): { set: ObservationSet; diagnostics: Diagnostic[] } {
  const observations: Observation[] = [...rendered.direct];
  const diagnostics: Diagnostic[] = [];
  for (const b of rendered.blocks) {
    const out = observeBlock(adapters, b as TextBlock);
    observations.push(...out.observations);
    diagnostics.push(...out.diagnostics);
  }
  observations.sort((a, b) => a.line - b.line);
  return { set: { views: rendered.views as ViewInput[], observations }, diagnostics };
}
