/**
 * The oracle for the resolver's property tests: checks every claim of an `Analysis` against the
 * simulated kernel (kernel-sim.ts) through the line facts of the rendered input
 * (sim-evidence.ts). It is written without looking at how the resolver infers anything: it
 * maps the analysis's namespaces (placeholders included) onto real ones from the claims the
 * analysis makes, and reports any claim the kernel contradicts.
 */
import { AnalysisSchema, type Analysis, type Evidence, type PidNamespace, type Process } from '../../src/model/schema.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { chainOf, ROOT_INODE, type KernelState, type SimProcess } from './kernel-sim.js';
import type { Rendered, Scenario } from './sim-evidence.js';

/** The result of checking an analysis. */
export interface OracleReport {
  /** Claims the kernel contradicts (empty: nothing false). */
  violations: string[];
  /** Analysis namespace id → real inode, for every namespace the claims pin down. */
  mapping: Map<string, number>;
  /** Analysis process id → real process key. */
  processKeys: Map<string, number>;
  /** Namespaces the claims do not pin down (placeholders with nothing to check them by). */
  unmapped: string[];
}

function realChain(state: KernelState, p: SimProcess): number[] {
  return chainOf(state, p.ns).map((n) => n.inode);
}

/** Checks that nothing the analysis states is false in the kernel. */
export function checkAnalysis(scenario: Scenario, rendered: Rendered, analysis: Analysis): OracleReport {
  const { state } = scenario;
  const violations: string[] = [];
  const bad = (msg: string) => violations.push(msg);

  const parsed = AnalysisSchema.safeParse(analysis);
  if (!parsed.success) bad(`analysis does not match AnalysisSchema: ${parsed.error.message.slice(0, 300)}`);

  // ---- internal consistency of the namespace list --------------------------------------------
  const byId = new Map<string, PidNamespace>();
  analysis.namespaces.forEach((ns, i) => {
    if (byId.has(ns.id)) bad(`namespace id ${ns.id} appears twice`);
    byId.set(ns.id, ns);
    if (ns.parentId !== null) {
      const pIndex = analysis.namespaces.findIndex((n) => n.id === ns.parentId);
      if (pIndex < 0) bad(`namespace ${ns.id} has an unknown parent ${ns.parentId}`);
      else if (pIndex > i) bad(`namespace ${ns.id} is listed before its parent ${ns.parentId}`);
    }
    if (ns.inode !== null && ns.id !== `pid:[${ns.inode}]`) bad(`namespace ${ns.id} has inode ${ns.inode} but not the id pid:[${ns.inode}]`);
    if (ns.inode !== null && !state.nsByInode.has(ns.inode)) bad(`namespace ${ns.id}: no namespace has inode ${ns.inode}`);
  });
  const topOf = (id: string): string => {
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur && cur.parentId !== null && !seen.has(cur.id)) {
      seen.add(cur.id);
      const next = byId.get(cur.parentId);
      if (!next) break;
      cur = next;
    }
    return cur ? cur.id : id;
  };
  for (const ns of analysis.namespaces) {
    const parent = ns.parentId === null ? undefined : byId.get(ns.parentId);
    if (parent) {
      if (ns.level !== parent.level + 1) bad(`namespace ${ns.id} has level ${ns.level} under ${parent.id} at level ${parent.level}`);
      if (ns.levelIsAbsolute !== parent.levelIsAbsolute) bad(`namespace ${ns.id} and its parent disagree on levelIsAbsolute`);
    } else if (ns.parentId === null && ns.level !== 0) {
      bad(`namespace ${ns.id} tops its tree but has level ${ns.level}`);
    }
    if (ns.levelIsAbsolute && byId.get(topOf(ns.id))?.inode !== ROOT_INODE) bad(`namespace ${ns.id} claims an absolute level but its tree's top is not pid:[${ROOT_INODE}]`);
    if (ns.inode === ROOT_INODE && ns.parentId !== null) bad(`the initial namespace is given a parent ${ns.parentId}`);
  }

  // ---- which real process each analysis process is ----------------------------------------------
  const processKeys = new Map<string, number>();
  for (const p of analysis.processes) {
    const keys = new Set<number>();
    for (const e of p.evidence) {
      const f = rendered.facts.get(e.line);
      if (f?.process !== undefined) keys.add(f.process);
    }
    if (keys.size > 1) bad(`process ${p.id} merges real processes ${[...keys].map((k) => describeProcess(state, k)).join(' and ')} (evidence lines ${p.evidence.map((e) => e.line).join(',')})`);
    else if (keys.size === 1) processKeys.set(p.id, [...keys][0] as number);
  }
  // A process known only as another's PPID has no line of its own: it is the process with
  // that pid in a namespace whose inode is stated or in a view's namespace.
  const directNs = new Map<string, number>();
  for (const ns of analysis.namespaces) if (ns.inode !== null && state.nsByInode.has(ns.inode)) directNs.set(ns.id, ns.inode);
  for (const v of analysis.views) {
    const sv = scenario.views.find((x) => x.id === v.id);
    if (sv && v.namespaceId !== null && !directNs.has(v.namespaceId)) directNs.set(v.namespaceId, sv.ns);
  }
  for (const p of analysis.processes) {
    if (processKeys.has(p.id)) continue;
    const keys = new Set<number>();
    for (const np of p.pids) {
      const real = directNs.get(np.namespaceId);
      if (real === undefined) continue;
      const key = state.pidIndex.get(real)?.get(np.pid);
      if (key === undefined) bad(`process ${p.id} is given pid ${np.pid} in ${np.namespaceId} (pid:[${real}]), where no process has it`);
      else keys.add(key);
    }
    if (keys.size > 1) bad(`process ${p.id} merges real processes ${[...keys].map((k) => describeProcess(state, k)).join(' and ')} (by its pids)`);
    else if (keys.size === 1) processKeys.set(p.id, [...keys][0] as number);
  }

  // ---- map namespaces onto real ones ---------------------------------------------------------
  const mapping = new Map<string, number>();
  const assign = (id: string, inode: number, why: string): boolean => {
    const prev = mapping.get(id);
    if (prev === undefined) {
      mapping.set(id, inode);
      return true;
    }
    if (prev !== inode) bad(`namespace ${id} would be both pid:[${prev}] and pid:[${inode}] (${why})`);
    return false;
  };
  for (const ns of analysis.namespaces) if (ns.inode !== null && state.nsByInode.has(ns.inode)) assign(ns.id, ns.inode, 'its inode');
  const scenarioViews = new Map(scenario.views.map((v) => [v.id, v] as const));
  for (const v of analysis.views) {
    const sv = scenarioViews.get(v.id);
    if (!sv || v.namespaceId === null) continue;
    if (!byId.has(v.namespaceId)) bad(`view ${v.id} names an unknown namespace ${v.namespaceId}`);
    else assign(v.namespaceId, sv.ns, `namespace of view ${v.id}`);
  }
  for (const p of analysis.processes) {
    const key = processKeys.get(p.id);
    if (key === undefined || p.namespaceId === null) continue;
    if (!byId.has(p.namespaceId)) bad(`process ${p.id} names an unknown namespace ${p.namespaceId}`);
    else assign(p.namespaceId, (state.byKey.get(key) as SimProcess).ns, `own namespace of ${describeProcess(state, key)}`);
  }
  // Level arithmetic inside each analysis tree: a mapped node fixes its ancestors, and the
  // offset between analysis levels and real levels.
  const offsets = new Map<string, number>();
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const ns of analysis.namespaces) {
      const real = mapping.get(ns.id);
      if (real === undefined) continue;
      const top = topOf(ns.id);
      const off = (state.nsByInode.get(real)?.level ?? 0) - ns.level;
      const prev = offsets.get(top);
      if (prev === undefined) offsets.set(top, off);
      else if (prev !== off) bad(`namespace ${ns.id} (pid:[${real}]) is at level ${ns.level} of its tree, which puts the tree's top at real level ${off}, but other members put it at ${prev}`);
      const chain = chainOf(state, real).map((n) => n.inode);
      let cur = ns.parentId === null ? undefined : byId.get(ns.parentId);
      let up = 1;
      while (cur) {
        const anc = chain[chain.length - 1 - up];
        if (anc === undefined) {
          bad(`namespace ${cur.id} is an ancestor of ${ns.id} (pid:[${real}]) ${up} levels up, above the initial namespace`);
          break;
        }
        if (assign(cur.id, anc, `ancestor of ${ns.id} ${up} levels up`)) changed = true;
        cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
        up++;
      }
    }
    for (const p of analysis.processes) {
      const key = processKeys.get(p.id);
      if (key === undefined) continue;
      const sp = state.byKey.get(key) as SimProcess;
      const chain = realChain(state, sp);
      for (const np of p.pids) {
        if (mapping.has(np.namespaceId) || !byId.has(np.namespaceId)) continue;
        const off = offsets.get(topOf(np.namespaceId));
        if (off !== undefined) {
          const level = (byId.get(np.namespaceId) as PidNamespace).level + off;
          const real = chain[level];
          if (real === undefined) bad(`process ${p.id} (${describeProcess(state, key)}) has a pid in ${np.namespaceId}, at real level ${level}, below its own namespace`);
          else if (assign(np.namespaceId, real, `pid of ${describeProcess(state, key)} at level ${level}`)) changed = true;
        } else {
          const candidates = chain.filter((inode, level) => sp.pids[level] === np.pid && inode !== undefined);
          if (candidates.length === 0) bad(`process ${p.id} (${describeProcess(state, key)}) never has pid ${np.pid}`);
          else if (candidates.length === 1 && assign(np.namespaceId, candidates[0] as number, `pid ${np.pid} of ${describeProcess(state, key)}`)) changed = true;
        }
      }
    }
    if (!changed) break;
  }

  // ---- claims about namespaces ------------------------------------------------------------------
  for (const ns of analysis.namespaces) {
    const real = mapping.get(ns.id);
    if (real === undefined) continue;
    const sim = state.nsByInode.get(real);
    if (!sim) continue;
    if (ns.parentId !== null) {
      const parentReal = mapping.get(ns.parentId);
      if (parentReal !== undefined && parentReal !== sim.parent) bad(`namespace ${ns.id} (pid:[${real}]) is given parent ${ns.parentId} (pid:[${parentReal}]) but its parent is pid:[${sim.parent}]`);
    }
    if (ns.levelIsAbsolute && ns.level !== sim.level) bad(`namespace ${ns.id} (pid:[${real}]) claims absolute level ${ns.level} but is at level ${sim.level}`);
  }

  // ---- claims about processes -------------------------------------------------------------------
  const pidOwner = new Map<string, string>();
  for (const p of analysis.processes) {
    for (const np of p.pids) {
      const k = `${np.namespaceId} ${np.pid}`;
      const other = pidOwner.get(k);
      if (other !== undefined && other !== p.id) bad(`processes ${other} and ${p.id} both claim pid ${np.pid} in ${np.namespaceId}`);
      pidOwner.set(k, p.id);
    }
    const key = processKeys.get(p.id);
    if (key === undefined) continue;
    const sp = state.byKey.get(key) as SimProcess;
    const chain = realChain(state, sp);
    if (p.namespaceId !== null && mapping.get(p.namespaceId) !== undefined && mapping.get(p.namespaceId) !== sp.ns) {
      bad(`process ${p.id} (${describeProcess(state, key)}) is placed in ${p.namespaceId} (pid:[${mapping.get(p.namespaceId)}])`);
    }
    let lastLevel = -1;
    for (const np of p.pids) {
      const real = mapping.get(np.namespaceId);
      if (real === undefined) continue;
      const level = chain.indexOf(real);
      if (level < 0) {
        bad(`process ${p.id} (${describeProcess(state, key)}) is given pid ${np.pid} in ${np.namespaceId} (pid:[${real}]), which is not on its chain`);
        continue;
      }
      if (sp.pids[level] !== np.pid) bad(`process ${p.id} (${describeProcess(state, key)}) is given pid ${np.pid} in ${np.namespaceId} (pid:[${real}]) where its pid is ${sp.pids[level]}`);
      if (level <= lastLevel) bad(`process ${p.id}'s pids are not ordered outermost → innermost`);
      lastLevel = level;
    }
    if (p.command !== null && !commandsOf(sp).includes(p.command.trim())) bad(`process ${p.id} (${describeProcess(state, key)}) is given command "${p.command}"`);
    if (p.user !== null && p.user !== sp.user) bad(`process ${p.id} (${describeProcess(state, key)}) is given user ${p.user}`);
    const parentId = (p as Process & { parentId?: string | null }).parentId ?? null;
    if (parentId !== null) {
      const parentKey = processKeys.get(parentId);
      if (parentKey !== undefined && parentKey !== sp.parent) bad(`process ${p.id} (${describeProcess(state, key)}) is given parent ${parentId} (${describeProcess(state, parentKey)})`);
    }
  }

  // ---- views -----------------------------------------------------------------------------------
  for (const v of analysis.views) {
    if (!scenarioViews.has(v.id)) bad(`view ${v.id} is not one of the input's views`);
  }

  const unmapped = analysis.namespaces.filter((ns) => !mapping.has(ns.id)).map((ns) => ns.id);
  return { violations, mapping, processKeys, unmapped };
}

/** Every text a renderer may show as the command of a process. */
export function commandsOf(p: SimProcess): string[] {
  return [p.command, p.comm, `[${p.comm}]`];
}

/** A short description of a real process for messages. */
export function describeProcess(state: KernelState, key: number): string {
  const p = state.byKey.get(key);
  if (!p) return `process #${key}`;
  return `#${key} "${p.command}" pids ${p.pids.join('/')} in pid:[${p.ns}]`;
}

/** Error diagnostics, for inputs that contain no contradiction. */
export function errorDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} line ${d.line}: ${d.message}`);
}

// ---------------------------------------------------------------------------------------------
// Completeness

/** What a complete evidence set must produce. */
export interface Expectation {
  /** Real namespaces that must each appear exactly once, by inode, with their real parent (or null at the top). */
  namespaces?: number[];
  /** Whether the levels must be absolute. */
  absolute?: boolean;
  /** Real processes that must each appear exactly once with their own namespace. */
  processes?: number[];
  /** The levels whose pids each of those processes must have: from `fromLevel` to its own. */
  fromLevel?: number;
  /** Views whose namespace must be known. */
  views?: string[];
}

/** What is missing from the analysis for an evidence set that must be complete. */
export function checkComplete(scenario: Scenario, analysis: Analysis, report: OracleReport, expect: Expectation): string[] {
  const { state } = scenario;
  const out: string[] = [];
  const byReal = new Map<number, string[]>();
  for (const [id, real] of report.mapping) {
    let list = byReal.get(real);
    if (!list) byReal.set(real, (list = []));
    list.push(id);
  }
  const byId = new Map(analysis.namespaces.map((n) => [n.id, n] as const));
  for (const inode of expect.namespaces ?? []) {
    const ids = byReal.get(inode) ?? [];
    if (ids.length !== 1) {
      out.push(`pid:[${inode}] appears as ${ids.length === 0 ? 'no namespace' : ids.join(', ')}`);
      continue;
    }
    const ns = byId.get(ids[0] as string) as PidNamespace;
    if (ns.inode !== inode) out.push(`pid:[${inode}] is not named (it is ${ns.id})`);
    const sim = state.nsByInode.get(inode);
    const wantParent = sim?.parent ?? null;
    const gotParent = ns.parentId === null ? null : (report.mapping.get(ns.parentId) ?? -1);
    if (wantParent !== null && gotParent !== wantParent) out.push(`pid:[${inode}] should have parent pid:[${wantParent}], has ${ns.parentId ?? 'none'}`);
    if (expect.absolute !== undefined && ns.levelIsAbsolute !== expect.absolute) out.push(`pid:[${inode}] levelIsAbsolute is ${ns.levelIsAbsolute}`);
  }
  const byKey = new Map<number, string[]>();
  for (const [id, key] of report.processKeys) {
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(id);
  }
  const procById = new Map(analysis.processes.map((p) => [p.id, p] as const));
  for (const key of expect.processes ?? []) {
    const ids = byKey.get(key) ?? [];
    if (ids.length !== 1) {
      out.push(`${describeProcess(state, key)} appears as ${ids.length === 0 ? 'no process' : ids.join(', ')}`);
      continue;
    }
    const p = procById.get(ids[0] as string) as Process;
    const sp = state.byKey.get(key) as SimProcess;
    if (p.namespaceId === null || report.mapping.get(p.namespaceId) !== sp.ns) out.push(`${describeProcess(state, key)} has namespace ${p.namespaceId}`);
    if (expect.fromLevel !== undefined) {
      const want = sp.pids.slice(expect.fromLevel).join('/');
      const got = p.pids.map((np) => np.pid).join('/');
      if (want !== got) out.push(`${describeProcess(state, key)} has pids ${got}, expected ${want}`);
    }
  }
  for (const viewId of expect.views ?? []) {
    const v = analysis.views.find((x) => x.id === viewId);
    const sv = scenario.views.find((x) => x.id === viewId);
    if (!v || !sv) out.push(`view ${viewId} missing`);
    else if (v.namespaceId === null || byId.get(v.namespaceId)?.inode !== sv.ns) out.push(`view ${viewId} has namespace ${v.namespaceId}, expected pid:[${sv.ns}]`);
  }
  return out;
}

/**
 * For the merge-exactness set (root view; NSpid, with or without PPid, of every process; links
 * for some): which (process, level) slots the evidence proves to be the same namespace. Rules,
 * each a kernel fact: every level-0 slot is the view's namespace; a child's chain passes through
 * its parent's namespace (slots at the parent's levels are equal; only with PPid); slots with the same linked inode
 * are equal; two slots equal at level l make their ancestors equal at every level above.
 * Returns, for each (key, level), a class id.
 */
export function linkedClasses(state: KernelState, linked: (key: number) => boolean, ppid = true): Map<string, number> {
  const slots: string[] = [];
  const index = new Map<string, number>();
  for (const p of state.processes) for (let l = 0; l < p.pids.length; l++) index.set(`${p.key}:${l}`, slots.push(`${p.key}:${l}`) - 1);
  const uf = slots.map((_, i) => i);
  const find = (x: number): number => {
    while (uf[x] !== x) x = uf[x] = uf[uf[x] as number] as number;
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) uf[ra] = rb;
  };
  const slot = (key: number, l: number) => index.get(`${key}:${l}`) as number;
  const byInode = new Map<number, number>();
  for (const p of state.processes) {
    union(slot(p.key, 0), slot(0, 0));
    if (ppid && p.parent !== null) {
      const parent = state.byKey.get(p.parent) as SimProcess;
      for (let l = 0; l < parent.pids.length; l++) union(slot(p.key, l), slot(parent.key, l));
    }
    if (linked(p.key)) {
      const own = slot(p.key, p.pids.length - 1);
      const prev = byInode.get(p.ns);
      if (prev === undefined) byInode.set(p.ns, own);
      else union(own, prev);
    }
  }
  // Equal namespaces have equal ancestors: propagate to a fixpoint.
  for (let changed = true; changed; ) {
    changed = false;
    const rep = new Map<string, number>();
    for (const p of state.processes) {
      for (let l = 1; l < p.pids.length; l++) {
        const r = find(slot(p.key, l));
        const k = `${r}`;
        const other = rep.get(k);
        if (other === undefined) {
          rep.set(k, p.key);
          continue;
        }
        for (let up = 0; up < l; up++) {
          if (find(slot(p.key, up)) !== find(slot(other, up))) {
            union(slot(p.key, up), slot(other, up));
            changed = true;
          }
        }
      }
    }
  }
  const out = new Map<string, number>();
  for (const [name, i] of index) out.set(name, find(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Canonical form, for order independence

/** The analysis with placeholder and process ids replaced by canonical names, everything sorted. */
export function canonicalAnalysis(analysis: Analysis, diagnostics: readonly Diagnostic[] = []): unknown {
  const lines = (ev: readonly { line: number }[]) => [...ev.map((e) => e.line)].sort((a, b) => a - b);
  const procSig = new Map<string, string>();
  for (const p of analysis.processes) procSig.set(p.id, `P${lines(p.evidence).join(',')}|${p.pids.map((x) => x.pid).join('/')}`);
  let nsSig = new Map<string, string>();
  for (const ns of analysis.namespaces) {
    if (ns.inode !== null) {
      nsSig.set(ns.id, ns.id);
      continue;
    }
    const pids = analysis.processes.flatMap((p) => p.pids.filter((x) => x.namespaceId === ns.id).map((x) => `${procSig.get(p.id)}@${x.pid}`)).sort();
    const own = analysis.processes.filter((p) => p.namespaceId === ns.id).map((p) => procSig.get(p.id) as string).sort();
    const views = analysis.views.filter((v) => v.namespaceId === ns.id).map((v) => v.id).sort();
    nsSig.set(ns.id, JSON.stringify([lines(ns.evidence), pids, own, views, ns.level]));
  }
  for (let round = 0; round < 3; round++) {
    const next = new Map<string, string>();
    for (const ns of analysis.namespaces) {
      if (ns.inode !== null) {
        next.set(ns.id, ns.id);
        continue;
      }
      const kids = analysis.namespaces.filter((c) => c.parentId === ns.id).map((c) => nsSig.get(c.id) as string).sort();
      next.set(ns.id, JSON.stringify([nsSig.get(ns.id), ns.parentId === null ? null : nsSig.get(ns.parentId), kids]));
    }
    nsSig = next;
  }
  const placeholderNames = new Map<string, string>();
  [...analysis.namespaces.filter((n) => n.inode === null)]
    .sort((a, b) => ((nsSig.get(a.id) as string) < (nsSig.get(b.id) as string) ? -1 : (nsSig.get(a.id) as string) > (nsSig.get(b.id) as string) ? 1 : 0))
    .forEach((n, i) => placeholderNames.set(n.id, `pid:[?${i + 1}]`));
  const nsName = (id: string | null) => (id === null ? null : (placeholderNames.get(id) ?? id));
  const procName = (id: string | null) => (id === null ? null : (procSig.get(id) ?? id));
  const sortBy = <T>(list: T[], key: (t: T) => string) => list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const evidence = (ev: readonly Evidence[]) => sortBy([...ev].map((e) => ({ ...e })), (e) => `${String(e.line).padStart(9, '0')} ${e.text ?? ''}`);
  return {
    schemaVersion: analysis.schemaVersion,
    namespaces: sortBy(
      analysis.namespaces.map((n) => ({ ...n, id: nsName(n.id), parentId: nsName(n.parentId), evidence: evidence(n.evidence), roleEvidence: evidence(n.roleEvidence) })),
      (n) => n.id as string,
    ),
    processes: sortBy(
      analysis.processes.map((p) => ({
        ...p,
        id: procName(p.id),
        namespaceId: nsName(p.namespaceId),
        parentId: procName((p as Process & { parentId?: string | null }).parentId ?? null),
        pids: p.pids.map((x) => ({ namespaceId: nsName(x.namespaceId), pid: x.pid })),
        evidence: evidence(p.evidence),
      })),
      (p) => p.id as string,
    ),
    views: sortBy(
      analysis.views.map((v) => ({ ...v, namespaceId: nsName(v.namespaceId) })),
      (v) => v.id,
    ),
    candidates: sortBy(
      analysis.candidates.map((c) => ({ ...c, processIds: [...c.processIds].map((id) => procName(id)).sort(), evidence: evidence(c.evidence) })),
      (c) => JSON.stringify(c),
    ),
    containers: sortBy(
      (analysis.containers ?? []).map((c) => ({ ...c, namespaceId: nsName(c.namespaceId), init: c.init ? { namespaceId: nsName(c.init.namespaceId), pid: c.init.pid } : null, evidence: evidence(c.evidence) })),
      (c) => JSON.stringify(c),
    ),
    diagnostics: sortBy(
      diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`),
      (d) => d,
    ),
  };
}

/** A compact, readable dump of a scenario and its input, for failure messages. */
export function describeScenario(scenario: Scenario, rendered: Rendered): string {
  const { state } = scenario;
  const out: string[] = ['namespaces:'];
  for (const n of state.namespaces) out.push(`  pid:[${n.inode}] level ${n.level} parent ${n.parent ?? '-'}`);
  out.push('processes:');
  for (const p of state.processes) out.push(`  #${p.key} ns ${p.ns} pids ${p.pids.join('/')} parent ${p.parent ?? '-'} "${p.command}"${p.entered ? ' (entered)' : ''}`);
  out.push('views:');
  for (const v of rendered.set.views) out.push(`  ${JSON.stringify(v)}`);
  out.push('observations:');
  for (const o of rendered.set.observations) out.push(`  ${JSON.stringify(o)}`);
  return out.join('\n');
}

/** A compact, readable dump of an analysis, for failure messages. */
export function describeAnalysis(analysis: Analysis, diagnostics: readonly Diagnostic[] = []): string {
  const out: string[] = [];
  const lines = (ev: readonly { line: number }[]) => ev.map((e) => e.line).join(',');
  for (const n of analysis.namespaces) out.push(`  ns ${n.id} parent ${n.parentId ?? '-'} level ${n.level}${n.levelIsAbsolute ? ' (absolute)' : ''} lines ${lines(n.evidence)}`);
  for (const p of analysis.processes) {
    const parentId = (p as Process & { parentId?: string | null }).parentId ?? null;
    out.push(`  ${p.id} ns ${p.namespaceId ?? '-'} pids ${p.pids.map((x) => `${x.pid}@${x.namespaceId}`).join(' ')} parent ${parentId ?? '-'} lines ${lines(p.evidence)} "${p.command ?? ''}"`);
  }
  for (const v of analysis.views) out.push(`  view ${v.id} ns ${v.namespaceId ?? '-'}`);
  for (const c of analysis.candidates) out.push(`  candidate ${c.processIds.join(' ~ ')} (${c.basis})`);
  for (const d of diagnostics) out.push(`  ${d.severity} ${d.code} line ${d.line}: ${d.message}`);
  return out.join('\n');
}
