/**
 * WSL roles: what each pid namespace is for — the utility VM, the WSLg system distro, a
 * distro, docker-desktop's bootstrap distro, LinuxKit's services, a container — from evidence
 * only: the vantage a view was opened with (`wsl --debug-shell`, `wsl --system`, `wsl -d NAME`,
 * `docker run`), or a process that only runs in that kind of namespace (`WSLGd`,
 * `wsl-bootstrap run`, `/init services`). Every role and label keeps the lines it came from.
 */
import type { Analysis, Container, Evidence, PidNamespace } from './schema.js';

/** How a view was opened, as the transcript reader tells it. */
export interface RoleView {
  /** The view id used in the analysis. */
  id: string;
  /** Vantage kind: 'utility-vm', 'system-distro', 'distro', 'container', 'nsenter', 'windows', 'unknown'. */
  kind: string;
  /** Distro name or container reference. */
  name: string | null;
  /** The line that opened the view. */
  evidence: Evidence;
  /** For containers: the image and command of `docker run`, when given. */
  image?: string | null;
  command?: string | null;
}

/** A row of `docker ps`. */
export interface RoleDockerContainer {
  id: string | null;
  name: string | null;
  image: string | null;
  command: string | null;
  line: number;
  text?: string;
}

/** `docker inspect -f '{{.State.Pid}}' REF` and its answer. */
export interface RoleInspect {
  /** The container id or name inspected, when known. */
  ref: string | null;
  pid: number;
  line: number;
  text?: string;
}

/** Everything {@link assignRoles} reads besides the analysis. */
export interface RoleInput {
  views: RoleView[];
  dockerContainers?: RoleDockerContainer[];
  inspects?: RoleInspect[];
}

type Rank = 3 | 2 | 1;

interface Claim {
  role: string;
  label: string | null;
  rank: Rank;
  evidence: Evidence[];
}

/** Process commands that only run in one kind of namespace (rank 2), or hint a distro (rank 1). */
const COMMAND_ROLES: { test: (command: string) => boolean; role: string; rank: Rank }[] = [
  { test: (c) => c.startsWith('/init services'), role: 'linuxkit-services', rank: 2 },
  { test: (c) => /(?:^|\/)containerd-shim-runc-v2 .*-namespace moby\b/.test(c), role: 'linuxkit-services', rank: 2 },
  { test: (c) => /(?:^|\/)runc run .*\b01-docker\b/.test(c), role: 'docker-desktop', rank: 2 },
  { test: (c) => /(?:^|\/)wsl-bootstrap run\b/.test(c), role: 'docker-desktop', rank: 2 },
  { test: (c) => /(?:^|\/)WSLGd(?:\s|$)/.test(c), role: 'wslg-system', rank: 2 },
  { test: (c) => c.startsWith('/sbin/init') || c.startsWith('plan9 --control-socket') || c.startsWith('/bin/login -f'), role: 'distro', rank: 1 },
];

const VIEW_ROLES: Record<string, string> = {
  'utility-vm': 'wsl-utility-vm',
  'system-distro': 'wslg-system',
  distro: 'distro',
  container: 'container',
};

function shortId(id: string): string {
  return id.slice(0, 12);
}

function sameContainer(ref: string, c: RoleDockerContainer): boolean {
  const r = ref.trim();
  if (r.length === 0) return false;
  if (c.name !== null && c.name === r) return true;
  return c.id !== null && r.length >= 4 && (c.id.startsWith(r) || r.startsWith(c.id));
}

/**
 * Returns a copy of `analysis` with roles, labels and containers filled in from the views'
 * vantages, docker output and distinctive process commands.
 */
export function assignRoles(analysis: Analysis, input: RoleInput): Analysis {
  const claims = new Map<string, Claim[]>();
  const claim = (namespaceId: string | null, c: Claim) => {
    if (namespaceId === null) return;
    let list = claims.get(namespaceId);
    if (!list) claims.set(namespaceId, (list = []));
    list.push(c);
  };
  const viewNs = new Map(analysis.views.map((v) => [v.id, v.namespaceId] as const));
  const docker = input.dockerContainers ?? [];
  const containers: Container[] = [];

  for (const view of input.views) {
    const role = VIEW_ROLES[view.kind];
    if (!role) continue;
    const namespaceId = viewNs.get(view.id) ?? null;
    let label = view.name;
    const evidence = [view.evidence];
    if (view.kind === 'distro' && view.name === 'docker-desktop') {
      claim(namespaceId, { role: 'docker-desktop', label: 'docker-desktop', rank: 3, evidence });
      continue;
    }
    if (view.kind === 'container') {
      // docker ps names the container: by id or name, else by image and command when only one fits.
      let matches = view.name !== null ? docker.filter((c) => sameContainer(view.name as string, c)) : [];
      if (matches.length === 0 && view.image) {
        matches = docker.filter((c) => c.image === view.image && (view.command == null || c.command === null || c.command === view.command));
      }
      const match = matches.length === 1 ? matches[0] : undefined;
      if (match) {
        label = [match.id !== null ? shortId(match.id) : null, match.name].filter((x) => x !== null).join(' ') || label;
        evidence.push(match.text === undefined ? { line: match.line } : { line: match.line, text: match.text });
      }
      containers.push({
        id: match?.id ?? null,
        name: match?.name ?? view.name,
        image: match?.image ?? view.image ?? null,
        namespaceId,
        init: null,
        evidence: [...evidence],
      });
    }
    claim(namespaceId, { role, label, rank: 3, evidence });
  }

  for (const p of analysis.processes) {
    if (p.command === null || p.namespaceId === null) continue;
    const command = p.command.trim();
    for (const rule of COMMAND_ROLES) {
      if (rule.test(command)) {
        claim(p.namespaceId, { role: rule.role, label: null, rank: rule.rank, evidence: p.evidence.slice(0, 1) });
        break;
      }
    }
  }

  // Containers docker ps lists that no view opened; docker inspect locates their init.
  for (const c of docker) {
    if (containers.some((k) => k.id !== null && c.id !== null && shortId(k.id) === shortId(c.id))) continue;
    containers.push({ id: c.id, name: c.name, image: c.image, namespaceId: null, init: null, evidence: [c.text === undefined ? { line: c.line } : { line: c.line, text: c.text }] });
  }
  for (const inspect of input.inspects ?? []) {
    const target =
      inspect.ref !== null
        ? containers.find((k) => (k.id !== null && sameContainer(inspect.ref as string, { id: k.id, name: k.name, image: null, command: null, line: 0 })) || k.name === inspect.ref)
        : containers.length === 1
          ? containers[0]
          : undefined;
    const at = analysis.processes.flatMap((p) => p.pids.filter((x) => x.pid === inspect.pid).map((x) => ({ p, x })));
    const ev: Evidence = inspect.text === undefined ? { line: inspect.line } : { line: inspect.line, text: inspect.text };
    if (target) {
      target.evidence.push(ev);
      // The engine numbers State.Pid in its own namespace; only a single known process with that pid locates it.
      if (at.length === 1) {
        const found = at[0] as (typeof at)[number];
        target.init = { namespaceId: found.x.namespaceId, pid: inspect.pid };
        target.evidence.push({ line: found.p.evidence[0]?.line ?? 0, text: `the only known process with pid ${inspect.pid}: ${found.p.command ?? '?'}` });
      }
    }
  }

  const namespaces: PidNamespace[] = analysis.namespaces.map((ns) => {
    const list = claims.get(ns.id);
    if (!list || list.length === 0) return ns;
    const best = Math.max(...list.map((c) => c.rank));
    const top = list.filter((c) => c.rank === best);
    // Two different roles of the same strength: keep neither as a fact, but show both.
    const roles = [...new Set(top.map((c) => c.role))].sort();
    const labels = [...new Set(top.map((c) => c.label).filter((l): l is string => l !== null))].sort();
    return {
      ...ns,
      role: roles.join(' | '),
      label: labels.length > 0 ? labels.join(' | ') : null,
      roleEvidence: dedupe(top.flatMap((c) => c.evidence)),
    };
  });
  return { ...analysis, namespaces, containers };
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Map<number, Evidence>();
  for (const e of list) if (!seen.has(e.line)) seen.set(e.line, e);
  return [...seen.values()].sort((a, b) => a.line - b.line);
}
