/**
 * Property tests of the resolver against a simulated kernel (test/support/kernel-sim.ts):
 * random pid-namespace trees (up to the kernel's 32 levels), processes with per-level pids that
 * collide across namespaces, inits, `nsenter`-style processes; random vantage views and random
 * subsets of what they would print. The oracle (test/support/model-oracle.ts) checks that the
 * analysis states nothing false, and, for the evidence sets that suffice, that it finds
 * everything. A failure prints the kernel state and the observations (fast-check shrinks them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/model/resolve.js';
import { ancestorsOf, descendantsOf, namespacedPids, namespaceOfPid, translatePid } from '../../src/model/query.js';
import type { Analysis, Observation, ObservationSet, ProcessObservation } from '../../src/model/schema.js';
import { chainOf, isAncestorOrSelf, kernelArb, prng, ROOT_INODE, viewOf, type KernelState } from '../support/kernel-sim.js';
import {
  canonicalAnalysis,
  checkAnalysis,
  checkComplete,
  describeAnalysis,
  describeScenario,
  errorDiagnostics,
  linkedClasses,
  type OracleReport,
} from '../support/model-oracle.js';
import {
  evidenceLsnsTrees,
  evidenceLsnsWithPns,
  evidenceNestedViews,
  evidenceNspidAndLinks,
  evidenceNspidPartialLinks,
  randomScenario,
  renderObservations,
  type Rendered,
  type Scenario,
} from '../support/sim-evidence.js';
import { renderText } from '../support/sim-text.js';
import { observeText } from '../support/text-observations.js';

interface Run {
  scenario: Scenario;
  rendered: Rendered;
  analysis: Analysis;
  diagnostics: ReturnType<typeof resolve>['diagnostics'];
  report: OracleReport;
}

function run(scenario: Scenario, rendered: Rendered = renderObservations(scenario)): Run {
  const result = resolve(rendered.set);
  return { scenario, rendered, analysis: result.value, diagnostics: result.diagnostics, report: checkAnalysis(scenario, rendered, result.value) };
}

/** Fails with the problems, the analysis, and the scenario, so a shrunk counterexample is readable. */
function expectNone(r: Run, problems: string[], title: string): void {
  if (problems.length === 0) return;
  throw new Error(
    `${title}:\n  ${problems.join('\n  ')}\n--- analysis\n${describeAnalysis(r.analysis, r.diagnostics)}\n--- input\n${describeScenario(r.scenario, r.rendered)}`,
  );
}

const allKeys = (state: KernelState) => state.processes.map((p) => p.key);
const allInodes = (state: KernelState) => state.namespaces.map((n) => n.inode);

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rand = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('resolve: no false claim, ever', () => {
  it('random machines, random vantages, random subsets of evidence', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const r = run(randomScenario(state, seed));
        expectNone(r, r.report.violations, 'false claims');
      }),
      { numRuns: 500 },
    );
  });

  it('consistent input gives no error diagnostic', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const r = run(randomScenario(state, seed));
        expectNone(r, errorDiagnostics(r.diagnostics), 'error diagnostics on consistent input');
      }),
      { numRuns: 100 },
    );
  });

  it('deep chains (down to level 32) seen from inner views only', () => {
    fc.assert(
      fc.property(kernelArb({ maxNamespaces: 4, maxProcesses: 12 }), fc.integer(), (state, seed) => {
        const r = run(randomScenario(state, seed, { rootView: 0, maxInnerViews: 3 }));
        expectNone(r, r.report.violations, 'false claims');
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolve: complete when the evidence suffices', () => {
  it('(i) NSpid + PPid + ns link of every process from the root view: every namespace named, the kernel\'s tree, every pid', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false }), fc.boolean(), (state, rootKnown) => {
        const r = run(evidenceNspidAndLinks(state, rootKnown, true));
        expectNone(r, r.report.violations, 'false claims');
        const missing = checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, processes: allKeys(state), fromLevel: 0, views: ['root'] });
        if (r.analysis.namespaces.length !== state.namespaces.length) missing.push(`${r.analysis.namespaces.length} namespaces for ${state.namespaces.length} real ones`);
        if (r.analysis.processes.length !== state.processes.length) missing.push(`${r.analysis.processes.length} processes for ${state.processes.length} real ones`);
        expectNone(r, missing, 'incomplete');
      }),
      { numRuns: 100 },
    );
  });

  it('(ii) lsns -t pid <ns> for every namespace + NSpid of every tree root and of its parent, with the parent\'s ns link', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false }), fc.boolean(), (state, rootKnown) => {
        const r = run(evidenceLsnsTrees(state, rootKnown));
        expectNone(r, r.report.violations, 'false claims');
        expectNone(r, checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, processes: allKeys(state) }), 'incomplete');
      }),
      { numRuns: 100 },
    );
  });

  it('(ii-b) lsns -t pid -o NS,PNS,… + lsns -t pid <ns> for every namespace', () => {
    fc.assert(
      fc.property(kernelArb(), fc.boolean(), (state, rootKnown) => {
        const r = run(evidenceLsnsWithPns(state, rootKnown));
        expectNone(r, r.report.violations, 'false claims');
        expectNone(r, checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, processes: allKeys(state) }), 'incomplete');
      }),
      { numRuns: 100 },
    );
  });

  it('(iii) nested views of every namespace (nsenter -t <init>, its NSpid read outside, /proc/1 or /proc/self ns link inside)', () => {
    fc.assert(
      fc.property(kernelArb(), fc.boolean(), fc.integer(), (state, rootKnown, seed) => {
        const scenario = evidenceNestedViews(state, rootKnown, seed);
        const r = run(scenario);
        expectNone(r, r.report.violations, 'false claims');
        expectNone(r, checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, views: scenario.views.map((v) => v.id) }), 'incomplete');
      }),
      { numRuns: 100 },
    );
  });

  it('placeholders merge exactly when the evidence links them (NSpid, with or without PPid, of every process; ns links of some)', () => {
    fc.assert(
      fc.property(kernelArb(), fc.boolean(), fc.boolean(), fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (state, rootKnown, ppid, seed, density) => {
        const rand = prng(seed);
        const linked = new Set(state.processes.filter(() => rand() < density).map((p) => p.key));
        const r = run(evidenceNspidPartialLinks(state, rootKnown, (k) => linked.has(k), ppid));
        expectNone(r, r.report.violations, 'false claims');
        const classes = linkedClasses(state, (k) => linked.has(k), ppid);
        const problems = checkComplete(r.scenario, r.analysis, r.report, { processes: allKeys(state), fromLevel: 0 });
        // Each linked class is one analysis namespace, and each analysis namespace one class.
        const idOfClass = new Map<number, string>();
        const classOfId = new Map<string, number>();
        for (const p of r.analysis.processes) {
          const key = r.report.processKeys.get(p.id);
          if (key === undefined || p.pids.length !== (state.byKey.get(key)?.pids.length ?? -1)) continue;
          p.pids.forEach((np, level) => {
            const c = classes.get(`${key}:${level}`) as number;
            const id = idOfClass.get(c);
            if (id !== undefined && id !== np.namespaceId) problems.push(`linked namespace (class ${c}, e.g. level ${level} of process #${key}) appears as both ${id} and ${np.namespaceId}`);
            idOfClass.set(c, np.namespaceId);
            const other = classOfId.get(np.namespaceId);
            if (other !== undefined && other !== c) problems.push(`${np.namespaceId} merges namespaces nothing links (level ${level} of process #${key})`);
            classOfId.set(np.namespaceId, c);
          });
        }
        expectNone(r, problems, 'placeholders not merged exactly');
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolve: queries agree with the kernel', () => {
  it('translatePid round-trips between every ancestor/descendant pair and agrees with the kernel (evidence (i))', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false }), fc.integer(), (state, seed) => {
        const r = run(evidenceNspidAndLinks(state, true, true));
        const rand = prng(seed);
        const problems: string[] = [];
        const id = (inode: number) => `pid:[${inode}]`;
        for (const p of state.processes) {
          if (rand() > 0.5) continue;
          const chain = chainOf(state, p.ns).map((n) => n.inode);
          for (let a = 0; a < chain.length; a++) {
            for (let b = 0; b < chain.length; b++) {
              const got = translatePid(r.analysis, p.pids[a] as number, id(chain[a] as number), id(chain[b] as number));
              if (got !== p.pids[b]) problems.push(`translatePid(${p.pids[a]}, level ${a} → ${b}) of #${p.key} = ${got}, expected ${p.pids[b]}`);
              else if (translatePid(r.analysis, got as number, id(chain[b] as number), id(chain[a] as number)) !== p.pids[a]) problems.push(`round trip of #${p.key} ${a}→${b}→${a} fails`);
            }
          }
          const listed = namespacedPids(r.analysis, p.pids[p.pids.length - 1] as number, id(p.ns));
          if (JSON.stringify(listed) !== JSON.stringify(chain.map((inode, l) => ({ namespaceId: id(inode), pid: p.pids[l] })))) problems.push(`namespacedPids of #${p.key} = ${JSON.stringify(listed)}`);
          // A namespace off the process's chain: no translation.
          const off = state.namespaces.find((n) => !chain.includes(n.inode) && !isAncestorOrSelf(state, p.ns, n.inode));
          if (off) {
            for (const pid of [1, p.pids[p.pids.length - 1] as number]) {
              const got = translatePid(r.analysis, p.pids[p.pids.length - 1] as number, id(p.ns), id(off.inode));
              if (got !== undefined && !isAncestorOrSelf(state, off.inode, p.ns)) problems.push(`translatePid(${pid}) from pid:[${p.ns}] to unrelated pid:[${off.inode}] = ${got}`);
            }
          }
        }
        for (const ns of state.namespaces) {
          const want = chainOf(state, ns.inode).map((n) => id(n.inode)).reverse().slice(1);
          const got = ancestorsOf(r.analysis, id(ns.inode));
          if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`ancestorsOf(${id(ns.inode)}) = ${got.join(',')}, expected ${want.join(',')}`);
          const wantDesc = state.namespaces.filter((n) => n.inode !== ns.inode && isAncestorOrSelf(state, ns.inode, n.inode)).map((n) => id(n.inode)).sort();
          const gotDesc = [...descendantsOf(r.analysis, id(ns.inode))].sort();
          if (JSON.stringify(gotDesc) !== JSON.stringify(wantDesc)) problems.push(`descendantsOf(${id(ns.inode)}) = ${gotDesc.join(',')}, expected ${wantDesc.join(',')}`);
        }
        expectNone(r, problems, 'queries');
      }),
      { numRuns: 60 },
    );
  });

  it('on random evidence every answer of the queries is true', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const r = run(randomScenario(state, seed));
        const problems: string[] = [];
        const { mapping, processKeys } = r.report;
        for (const p of r.analysis.processes) {
          const key = processKeys.get(p.id);
          if (key === undefined) continue;
          const sp = state.byKey.get(key)!;
          for (const from of p.pids) {
            for (const to of p.pids) {
              const got = translatePid(r.analysis, from.pid, from.namespaceId, to.namespaceId);
              const realFrom = mapping.get(from.namespaceId);
              const realTo = mapping.get(to.namespaceId);
              if (got === undefined || realFrom === undefined || realTo === undefined) continue;
              const level = chainOf(state, sp.ns).findIndex((n) => n.inode === realTo);
              if (got !== sp.pids[level]) problems.push(`translatePid(${from.pid}, ${from.namespaceId} → ${to.namespaceId}) = ${got}, kernel says ${sp.pids[level]}`);
            }
          }
        }
        for (const ns of r.analysis.namespaces) {
          const real = mapping.get(ns.id);
          if (real === undefined) continue;
          const chain = chainOf(state, real).map((n) => n.inode).reverse();
          ancestorsOf(r.analysis, ns.id).forEach((a, i) => {
            const ra = mapping.get(a);
            if (ra !== undefined && ra !== chain[i + 1]) problems.push(`ancestorsOf(${ns.id})[${i}] = ${a} (pid:[${ra}]), kernel says pid:[${chain[i + 1]}]`);
          });
          for (const d of descendantsOf(r.analysis, ns.id)) {
            const rd = mapping.get(d);
            if (rd !== undefined && (rd === real || !isAncestorOrSelf(state, real, rd))) problems.push(`descendantsOf(${ns.id}) lists ${d} (pid:[${rd}])`);
          }
        }
        for (const v of r.scenario.views) {
          const sv = viewOf(state, v.ns);
          for (const row of sv.rows) {
            const got = namespaceOfPid(r.analysis, v.id, row.pid);
            if (typeof got === 'string' && mapping.has(got) && mapping.get(got) !== row.nsInode) problems.push(`namespaceOfPid(${v.id}, ${row.pid}) = ${got} (pid:[${mapping.get(got)}]), kernel says pid:[${row.nsInode}]`);
          }
        }
        expectNone(r, problems, 'queries');
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolve: the input\'s order and repetitions do not matter', () => {
  const canonical = (set: ObservationSet) => {
    const result = resolve(set);
    return canonicalAnalysis(result.value, result.diagnostics);
  };

  it('shuffled observations (and views) give the same analysis', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), fc.integer(), (state, seed, shuffleSeed) => {
        const rendered = renderObservations(randomScenario(state, seed));
        const shuffledSet: ObservationSet = { views: shuffled(rendered.set.views, shuffleSeed + 1), observations: shuffled(rendered.set.observations, shuffleSeed) };
        expect(canonical(shuffledSet)).toEqual(canonical(rendered.set));
      }),
      { numRuns: 100 },
    );
  });

  it('duplicated observations change nothing', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), fc.integer(), (state, seed, dupSeed) => {
        const rendered = renderObservations(randomScenario(state, seed));
        const rand = prng(dupSeed);
        // Each duplicate right after its original, so that only the repetition differs.
        const observations = rendered.set.observations.flatMap((o) => (rand() < 0.3 ? [o, { ...o }] : [o]));
        expect(canonical({ views: rendered.set.views, observations })).toEqual(canonical(rendered.set));
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolve: contradictions', () => {
  /** Lines a diagnostic names: its line and every number its message cites as a line. */
  function linesNamed(d: { line: number; message: string }): Set<number> {
    const out = new Set<number>([d.line]);
    for (const m of d.message.matchAll(/lines?\s+([\d,\s]+(?:and\s+\d+)?)/g)) for (const n of (m[1] ?? '').match(/\d+/g) ?? []) out.add(Number(n));
    return out;
  }

  it('two inodes, or two NSpid chains, for one process: a diagnostic names both lines, nothing false is stated', () => {
    fc.assert(
      fc.property(kernelArb({ maxNamespaces: 6 }), fc.integer(), fc.nat(), fc.constantFrom('inode', 'nspid'), (state, seed, pick, kind) => {
        fc.pre(state.namespaces.length > 1);
        const rendered = renderObservations(randomScenario(state, seed));
        const targets = rendered.set.observations.filter(
          (o): o is ProcessObservation => o.kind === 'process' && (kind === 'inode' ? o.nsInode != null : o.nspid != null),
        );
        fc.pre(targets.length > 0);
        const target = targets[pick % targets.length] as ProcessObservation;
        const key = rendered.facts.get(target.line)!.process!;
        const line = Math.max(...rendered.facts.keys()) + 1;
        let injected: Observation;
        if (kind === 'inode') {
          const others = state.namespaces.filter((n) => n.inode !== target.nsInode);
          const wrong = others[pick % others.length]!.inode;
          injected = { kind: 'process', view: target.view, line, pid: target.pid, nsInode: wrong, text: `/proc/${target.pid}/ns/pid -> pid:[${wrong}]` };
        } else {
          const chain = target.nspid as number[];
          const wrong = [...chain, 77_777];
          injected = { kind: 'process', view: target.view, line, pid: target.pid, nspid: wrong, text: `NSpid:\t${wrong.join('\t')}` };
        }
        const facts = new Map(rendered.facts);
        facts.set(line, { view: target.view, process: key });
        const views = rendered.set.views.map((v) => (v.id === target.view ? { ...v, lastLine: line } : v));
        const tampered: Rendered = { set: { views, observations: [...rendered.set.observations, injected] }, facts };
        const scenario = randomScenario(state, seed);
        const r = run(scenario, tampered);
        expectNone(r, r.report.violations, 'false claims after a contradiction');
        const relevant = new Set<number>();
        for (const [l, f] of rendered.facts) if (f.process === key || (f.namespace !== undefined && f.namespace === state.byKey.get(key)!.ns)) relevant.add(l);
        const named = r.diagnostics.some((d) => {
          const lines = linesNamed(d);
          return (d.severity === 'error' || d.severity === 'warning') && lines.has(line) && [...lines].some((l) => l !== line && relevant.has(l));
        });
        expectNone(r, named ? [] : [`no diagnostic names line ${line} (${kind}) and a line about process #${key}`], 'contradiction not reported');
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolve: sanity of the harness on a fixed machine', () => {
  it('the initial namespace is only ever the root', () => {
    const state = fc.sample(kernelArb({ deep: false }), { seed: 42, numRuns: 1 })[0]!;
    const r = run(evidenceNspidAndLinks(state, true, true));
    const root = r.analysis.namespaces.find((n) => n.inode === ROOT_INODE);
    expect(root?.parentId).toBeNull();
    expect(root?.levelIsAbsolute).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The same properties through real text: the commands' output (test/support/sim-text.ts) →
// the real parsers → the adapters → resolve.

describe('resolve from text (parsers → adapters → resolve)', () => {
  function runText(scenario: Scenario, seed: number): Run {
    const text = renderText(scenario, seed);
    const observed = observeText(text);
    const parseErrors = observed.diagnostics.filter((d) => d.severity === 'error');
    if (parseErrors.length > 0) throw new Error(`parsers rejected the rendered text: ${JSON.stringify(parseErrors)}\n${text.transcript.join('\n')}`);
    return run(scenario, { set: observed.set, facts: text.facts });
  }

  it('no false claim from random vantages and evidence', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const r = runText(randomScenario(state, seed), seed);
        expectNone(r, r.report.violations, 'false claims (text)');
      }),
      { numRuns: 300 },
    );
  });

  it('(i) complete from the text of cat /proc/N/status and ls -l /proc/N/ns/pid for every process', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false, maxProcesses: 15 }), fc.boolean(), fc.integer(), (state, rootKnown, seed) => {
        const r = runText(evidenceNspidAndLinks(state, rootKnown, true), seed);
        expectNone(r, r.report.violations, 'false claims (text)');
        expectNone(r, checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, processes: allKeys(state), fromLevel: 0, views: ['root'] }), 'incomplete (text)');
      }),
      { numRuns: 50 },
    );
  });

  it('(ii-b) complete from the text of lsns -l -t pid -o NS,PNS,… and lsns -t pid <ns> (ASCII and Unicode art)', () => {
    fc.assert(
      fc.property(kernelArb(), fc.boolean(), fc.integer(), (state, rootKnown, seed) => {
        const r = runText(evidenceLsnsWithPns(state, rootKnown), seed);
        expectNone(r, r.report.violations, 'false claims (text)');
        expectNone(r, checkComplete(r.scenario, r.analysis, r.report, { namespaces: allInodes(state), absolute: true, processes: allKeys(state) }), 'incomplete (text)');
      }),
      { numRuns: 50 },
    );
  });
});
