/**
 * The tree the blogs draw by hand: each pid namespace with its role and label, the processes
 * numbered in it (with their pids at every level), and its child namespaces — in ASCII
 * (`|-`, `` `- ``) or Unicode (`├─`, `└─`) art. Deterministic: same analysis, same text.
 */
import type { Analysis } from '../model/schema.js';
import { layoutAnalysis, namespaceTitle, processTitle, type NamespaceNode, type ProcessAtLevel, type RenderOptions } from './layout.js';

/** Options of {@link renderTree}. */
export interface TreeOptions extends RenderOptions {
  /** `unicode` (default) or `ascii` art. */
  charset?: 'unicode' | 'ascii';
}

const ART = {
  unicode: { branch: '├─ ', last: '└─ ', pipe: '│  ', blank: '   ' },
  ascii: { branch: '|- ', last: '`- ', pipe: '|  ', blank: '   ' },
} as const;

/** Renders the namespace tree as text, one line per namespace and per process. */
export function renderTree(analysis: Analysis, options: TreeOptions = {}): string {
  const art = ART[options.charset ?? 'unicode'];
  const out: string[] = [];
  type Item = { kind: 'ns'; node: NamespaceNode } | { kind: 'proc'; proc: ProcessAtLevel };
  const items = (node: NamespaceNode): Item[] => [
    ...node.processes.map((proc) => ({ kind: 'proc', proc }) as const),
    ...node.children.map((child) => ({ kind: 'ns', node: child }) as const),
  ];
  const emit = (item: Item, prefix: string, connector: string, childPrefix: string) => {
    if (item.kind === 'ns') {
      out.push(`${prefix}${connector}${namespaceTitle(item.node.namespace)}`);
      const list = items(item.node);
      list.forEach((c, i) => emit(c, childPrefix, i === list.length - 1 ? art.last : art.branch, childPrefix + (i === list.length - 1 ? art.blank : art.pipe)));
    } else {
      out.push(`${prefix}${connector}${processTitle(item.proc)}`);
      const list = item.proc.children;
      list.forEach((c, i) =>
        emit({ kind: 'proc', proc: c }, childPrefix, i === list.length - 1 ? art.last : art.branch, childPrefix + (i === list.length - 1 ? art.blank : art.pipe)),
      );
    }
  };
  for (const root of layoutAnalysis(analysis, options)) emit({ kind: 'ns', node: root }, '', '', '');
  if (analysis.candidates.length > 0) {
    out.push('', 'Candidates (same command; not proven to be one process):');
    const byId = new Map(analysis.processes.map((p) => [p.id, p] as const));
    for (const c of analysis.candidates) {
      const [a, b] = c.processIds.map((id) => byId.get(id));
      const describe = (p: typeof a) => (p ? `${p.pids.map((x) => `${x.pid} in ${x.namespaceId}`).join(', ')}` : '?');
      out.push(`  ${a?.command ?? '?'}: ${describe(a)}  ~  ${describe(b)}  (${c.basis}; lines ${c.evidence.map((e) => e.line).join(', ')})`);
    }
  }
  return out.length === 0 ? '(no pid namespace found)\n' : `${out.join('\n')}\n`;
}
