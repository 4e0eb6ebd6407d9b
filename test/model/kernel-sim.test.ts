/**
 * Self-checks of the simulated kernel and of the evidence it renders: the oracle of the
 * resolver's property tests is only worth what these prove about it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKernel, chainOf, kernelArb, kernelSpecArb, kernelViolations, MAX_LEVEL, processAt, ROOT_INODE, viewOf } from '../support/kernel-sim.js';
import { linkedClasses } from '../support/model-oracle.js';
import { evidenceLsnsTrees, evidenceNestedViews, evidenceNspidAndLinks, lsnsNamespaces, lsnsTree, randomScenario, renderObservations } from '../support/sim-evidence.js';
import { renderText } from '../support/sim-text.js';
import { ObservationSetSchema } from '../../src/model/schema.js';

describe('kernel-sim', () => {
  it('builds states that respect the kernel facts', () => {
    fc.assert(
      fc.property(kernelArb(), (state) => {
        expect(kernelViolations(state)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the depth limit and no further', () => {
    const state = buildKernel({
      nsParents: Array.from({ length: 40 }, (_, i) => i),
      inodeKeys: [],
      inodeGaps: [],
      pidBases: [],
      initParents: [],
      processes: [{ ns: 40, parent: 0, entered: true, command: 0, user: 0 }],
      kthreadd: false,
      pidGaps: [],
    });
    expect(Math.max(...state.namespaces.map((n) => n.level))).toBe(MAX_LEVEL);
    expect(kernelViolations(state)).toEqual([]);
    const deepest = state.processes.reduce((a, b) => (b.pids.length > a.pids.length ? b : a));
    expect(deepest.pids).toHaveLength(MAX_LEVEL + 1);
  });

  it('numbers collide across namespaces and pid 1 is each namespace init', () => {
    fc.assert(
      fc.property(kernelArb({ deep: false }), (state) => {
        for (const ns of state.namespaces) {
          const init = processAt(state, ns.inode, 1);
          expect(init?.ns).toBe(ns.inode);
          expect(init?.pids[init.pids.length - 1]).toBe(1);
        }
      }),
      { numRuns: 100 },
    );
    // With dense numbering, small pids repeat in every namespace.
    const state = buildKernel({ nsParents: [0, 0], inodeKeys: [1, 0], inodeGaps: [0, 0], pidBases: [0, 0, 0], initParents: [0, 0], processes: [], kthreadd: false, pidGaps: [] });
    expect(state.processes.map((p) => p.pids)).toEqual([[1], [2, 1], [3, 1]]);
    expect(state.namespaces.map((n) => n.inode)).toEqual([ROOT_INODE, 4026531841, 4026531840]);
  });

  it('generates entered processes whose parent is several levels up', () => {
    const found = fc.sample(kernelArb(), 300).some((s) => s.processes.some((p) => p.entered && p.parent !== null && (s.byKey.get(p.parent)?.pids.length ?? 0) < p.pids.length - 1));
    expect(found).toBe(true);
  });

  it('viewOf shows the subtree, numbered in the view, PPid 0 for parents outside', () => {
    fc.assert(
      fc.property(kernelArb(), fc.nat(), (state, pick) => {
        const ns = state.namespaces[pick % state.namespaces.length]!;
        const view = viewOf(state, ns.inode);
        for (const p of state.processes) {
          const inside = chainOf(state, p.ns).some((n) => n.inode === ns.inode);
          const row = view.byKey.get(p.key);
          expect(row !== undefined).toBe(inside);
          if (!row) continue;
          expect(row.nspid[0]).toBe(row.pid);
          expect(row.nspid).toHaveLength(p.pids.length - ns.level);
          expect(row.nspid[row.nspid.length - 1]).toBe(p.pids[p.pids.length - 1]);
          const parent = p.parent === null ? undefined : state.byKey.get(p.parent);
          const parentVisible = parent !== undefined && view.byKey.has(parent.key);
          expect(row.ppid === 0).toBe(!parentVisible);
          if (parentVisible) expect(view.byPid.get(row.ppid)?.key).toBe(parent!.key);
        }
        // The view's pid 1 is its namespace's init.
        expect(view.byPid.get(1)?.nsInode).toBe(ns.inode);
      }),
      { numRuns: 200 },
    );
  });

  it('lsns listings: roots have their parent outside, PNS is 0 only for the reader\'s namespace', () => {
    fc.assert(
      fc.property(kernelArb(), fc.nat(), (state, pick) => {
        const ns = state.namespaces[pick % state.namespaces.length]!;
        const view = viewOf(state, ns.inode);
        for (const row of lsnsNamespaces(state, view)) {
          expect(row.pns === 0).toBe(row.inode === ns.inode);
          const tree = lsnsTree(state, view, row.inode);
          expect(row.row.pid).toBe(Math.min(...view.rows.filter((r) => r.nsInode === row.inode).map((r) => r.pid)));
          expect(tree.map((t) => t.row.key).sort()).toEqual(view.rows.filter((r) => r.nsInode === row.inode).map((r) => r.key).sort());
          for (const t of tree) {
            const parentKey = state.byKey.get(t.row.key)?.parent ?? null;
            const parentNs = parentKey === null ? null : state.byKey.get(parentKey)!.ns;
            expect(t.root).toBe(parentNs !== row.inode);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sim-evidence', () => {
  it('renders valid observation sets whose every line has a fact', () => {
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const scenario = randomScenario(state, seed);
        const rendered = renderObservations(scenario);
        expect(ObservationSetSchema.safeParse(rendered.set).success).toBe(true);
        const lines = rendered.set.observations.map((o) => o.line);
        expect(new Set(lines).size).toBe(lines.length);
        for (const o of rendered.set.observations) {
          const fact = rendered.facts.get(o.line);
          expect(fact?.view).toBe(o.view);
          if (o.kind === 'process') {
            const p = state.byKey.get(fact!.process!)!;
            const v = scenario.views.find((x) => x.id === o.view)!;
            expect(p.pids[chainOf(state, v.ns).length - 1]).toBe(o.pid);
            if (o.nsInode != null) expect(o.nsInode).toBe(p.ns);
            if (o.nspid) expect(o.nspid[o.nspid.length - 1]).toBe(p.pids[p.pids.length - 1]);
          }
        }
        for (const v of scenario.views) {
          if (!v.relativeTo) continue;
          const base = scenario.views.find((x) => x.id === v.relativeTo!.viewId)!;
          const target = viewOf(state, base.ns).byPid.get(v.relativeTo.pid);
          expect(target?.nsInode).toBe(v.ns);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('builds the complete evidence sets', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false }), fc.integer(), (state, seed) => {
        expect(renderObservations(evidenceNspidAndLinks(state, true)).set.observations).toHaveLength(2 * state.processes.length);
        const nested = evidenceNestedViews(state, false, seed);
        expect(nested.views).toHaveLength(state.namespaces.length);
        const trees = renderObservations(evidenceLsnsTrees(state, true));
        expect(ObservationSetSchema.safeParse(trees.set).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('linkedClasses: with inits forked from the parent namespace, all links give one class per real namespace; never two namespaces in one class', () => {
    fc.assert(
      fc.property(kernelArb({ farInitParents: false }), (state) => {
        const all = linkedClasses(state, () => true);
        const classOfNs = new Map<number, number>();
        for (const p of state.processes) {
          chainOf(state, p.ns).forEach((n, l) => {
            const c = all.get(`${p.key}:${l}`)!;
            const prev = classOfNs.get(n.inode);
            if (prev !== undefined) expect(c).toBe(prev);
            classOfNs.set(n.inode, c);
          });
        }
        expect(new Set(classOfNs.values()).size).toBe(state.namespaces.length);
        // Never merges two real namespaces, whatever is linked.
        const none = linkedClasses(state, () => false);
        const realOf = new Map<number, number>();
        for (const p of state.processes) {
          chainOf(state, p.ns).forEach((n, l) => {
            const c = none.get(`${p.key}:${l}`)!;
            const prev = realOf.get(c);
            if (prev !== undefined) expect(prev).toBe(n.inode);
            realOf.set(c, n.inode);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('generates specs that shrink', () => {
    fc.assert(fc.property(kernelSpecArb(), (spec) => kernelViolations(buildKernel(spec)).length === 0), { numRuns: 50 });
  });
});

describe('sim-text', () => {
  it('renders blocks (with the parser helpers\' renderers) that the real parsers read back, record for record', async () => {
    const { parsePs } = await import('../../src/parsers/ps/index.js');
    const { parseProcStatus } = await import('../../src/parsers/proc-status/index.js');
    const { parseNsLinks } = await import('../../src/parsers/ns-links/index.js');
    const { parseLsns } = await import('../../src/parsers/lsns/index.js');
    fc.assert(
      fc.property(kernelArb(), fc.integer(), (state, seed) => {
        const scenario = randomScenario(state, seed);
        const text = renderText(scenario, seed);
        for (const b of text.blocks) {
          const count = b.text.split('\n').length - 1;
          const keys: number[] = [];
          for (let i = 0; i < count; i++) {
            const fact = text.facts.get(b.firstLine + i);
            expect(fact?.view).toBe(b.view);
            if (fact?.process !== undefined && !keys.includes(fact.process)) keys.push(fact.process);
          }
          const sv = viewOf(state, scenario.views.find((v) => v.id === b.view)!.ns);
          const pids = keys.map((k) => sv.byKey.get(k)!.pid);
          const where = `${b.command}\n${b.text}`;
          const problems = (d: { severity: string }[]) => d.filter((x) => x.severity !== 'info');
          if (b.format === 'ps') {
            const r = parsePs(b.text);
            expect(problems(r.diagnostics), where).toEqual([]);
            expect(r.value.rows.map((x) => x.pid), where).toEqual(pids);
          } else if (b.format === 'proc-status') {
            const r = parseProcStatus(b.text);
            expect(problems(r.diagnostics), where).toEqual([]);
            expect(r.value.records.map((x) => x.nspid), where).toEqual(keys.map((k) => sv.byKey.get(k)!.nspid));
          } else if (b.format === 'ns-links') {
            const r = parseNsLinks(b.text);
            expect(problems(r.diagnostics), where).toEqual([]);
            expect(r.value.links.map((l) => l.inode), where).toEqual([text.facts.get(b.firstLine)?.namespace]);
          } else {
            const r = parseLsns(b.text);
            expect(problems(r.diagnostics), where).toEqual([]);
            expect(r.value.rows.map((x) => x.pid), where).toEqual(pids);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
