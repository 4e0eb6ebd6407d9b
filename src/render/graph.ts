/**
 * Graph renderings of the namespace tree for docs and issues: Mermaid (`graph TD`) and
 * Graphviz DOT. Namespaces are nodes; a process known at two or more levels is listed inside
 * each namespace where it has a pid. Deterministic.
 */
import type { Analysis } from '../model/schema.js';
import { namespaceTitle } from './layout.js';

const MAX_LISTED = 12;

function nodeLines(analysis: Analysis, namespaceId: string): string[] {
  const lines: string[] = [];
  for (const p of analysis.processes) {
    if (p.pids.length < 2) continue;
    const at = p.pids.find((x) => x.namespaceId === namespaceId);
    if (at) lines.push(`${at.pid} ${p.command ?? '?'}`);
  }
  if (lines.length > MAX_LISTED) return [...lines.slice(0, MAX_LISTED), `… ${lines.length - MAX_LISTED} more`];
  return lines;
}

function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Renders the namespace tree as a Mermaid flowchart. */
export function renderMermaid(analysis: Analysis): string {
  const out = ['graph TD'];
  const key = new Map(analysis.namespaces.map((ns, i) => [ns.id, `ns${i + 1}`] as const));
  for (const ns of analysis.namespaces) {
    const label = [namespaceTitle(ns), ...nodeLines(analysis, ns.id)].map(mermaidText).join('<br/>');
    out.push(`  ${key.get(ns.id)}["${label}"]`);
  }
  for (const ns of analysis.namespaces) if (ns.parentId !== null && key.has(ns.parentId)) out.push(`  ${key.get(ns.parentId)} --> ${key.get(ns.id)}`);
  for (const ns of analysis.namespaces) if (ns.inode === null) out.push(`  style ${key.get(ns.id)} stroke-dasharray: 5 5`);
  return `${out.join('\n')}\n`;
}

function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Renders the namespace tree as a Graphviz digraph. */
export function renderDot(analysis: Analysis): string {
  const out = ['digraph pidns {', '  rankdir=TB;', '  node [shape=box, fontname="monospace"];'];
  const key = new Map(analysis.namespaces.map((ns, i) => [ns.id, `ns${i + 1}`] as const));
  for (const ns of analysis.namespaces) {
    const label = [namespaceTitle(ns), ...nodeLines(analysis, ns.id)].map(dotText).join('\\l');
    out.push(`  ${key.get(ns.id)} [label="${label}\\l"${ns.inode === null ? ', style=dashed' : ''}];`);
  }
  for (const ns of analysis.namespaces) if (ns.parentId !== null && key.has(ns.parentId)) out.push(`  ${key.get(ns.parentId)} -> ${key.get(ns.id)};`);
  out.push('}');
  return `${out.join('\n')}\n`;
}
