/**
 * Text → observations the way the library does it: the real parsers, then the model's adapters
 * (src/model/adapters.ts), with the block's lines shifted to their place in the transcript.
 * Shared by the text-level property tests and the live lab.
 */
import { parseLsns } from '../../src/parsers/lsns/index.js';
import { parseNsLinks } from '../../src/parsers/ns-links/index.js';
import { parseProcStatus } from '../../src/parsers/proc-status/index.js';
import { parsePs } from '../../src/parsers/ps/index.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { observationsFromLsns, observationsFromNsLinks, observationsFromProcStatus, observationsFromPs } from '../../src/model/adapters.js';
import type { Observation, ObservationSet, ViewInput } from '../../src/model/schema.js';
import type { RenderedText, TextBlock, TextFormat } from './sim-text.js';

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
export function observeBlock(block: Block): { observations: Observation[]; diagnostics: Diagnostic[] } {
  const shift = block.firstLine - 1;
  const lineOf = (line: number) => line + shift;
  let observations: Observation[];
  let diagnostics: Diagnostic[];
  switch (block.format) {
    case 'ps': {
      const r = parsePs(block.text);
      observations = observationsFromPs(r.value, block.view, lineOf);
      diagnostics = r.diagnostics;
      break;
    }
    case 'proc-status': {
      const r = parseProcStatus(block.text);
      observations = observationsFromProcStatus(r.value, block.view, lineOf);
      diagnostics = r.diagnostics;
      break;
    }
    case 'ns-links': {
      const r = parseNsLinks(block.text);
      observations = observationsFromNsLinks(r.value, block.view, lineOf);
      diagnostics = r.diagnostics;
      break;
    }
    case 'lsns': {
      // A process listing does not print its namespace: it is the command's argument.
      const r = parseLsns(block.text);
      observations = observationsFromLsns(r.value, block.view, lineOf, block.namespace === undefined ? {} : { listedInode: block.namespace });
      diagnostics = r.diagnostics;
      break;
    }
  }
  return { observations, diagnostics: diagnostics.map((d) => ({ ...d, line: d.line === 0 ? 0 : lineOf(d.line) })) };
}

/** A rendered text scenario → the resolver's input, through the parsers and adapters. */
export function observeText(rendered: RenderedText): { set: ObservationSet; diagnostics: Diagnostic[] } {
  const observations: Observation[] = [...rendered.direct];
  const diagnostics: Diagnostic[] = [];
  for (const b of rendered.blocks) {
    const out = observeBlock(b as TextBlock);
    observations.push(...out.observations);
    diagnostics.push(...out.diagnostics);
  }
  observations.sort((a, b) => a.line - b.line);
  return { set: { views: rendered.views as ViewInput[], observations }, diagnostics };
}
