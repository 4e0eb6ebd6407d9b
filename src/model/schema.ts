/**
 * The model's data, as zod schemas (the single source of its types): the `Analysis` that
 * `resolve` and `analyze` return, and the `Observation`s the resolver consumes. Everything is
 * plain JSON: namespaces and processes refer to each other by id, never by object pointer.
 * The prose explanation is `docs/model.md`.
 */
import { z } from 'zod';

/** An input line that established a fact. */
export const EvidenceSchema = z.object({
  /** 1-based line of the input (0: the whole input or a built-in fact). */
  line: z.number().int(),
  /** The line's text, or a note on how the fact was derived. */
  text: z.string().optional(),
});
/** See {@link EvidenceSchema}. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A pid namespace, known by its inode or only as a placeholder the evidence proves exists. */
export const PidNamespaceSchema = z.object({
  /** `pid:[4026532257]` when the inode is known, else a placeholder `pid:[?1]`. */
  id: z.string(),
  /** The nsfs inode, or null for a placeholder. */
  inode: z.number().int().nullable(),
  /** The parent namespace's id; null when no parent is known (only inode 4026531836 proves the root). */
  parentId: z.string().nullable(),
  /** Depth below the outermost namespace known in its tree (0 = that outermost one). */
  level: z.number().int(),
  /** True when the tree's top is the proven initial namespace, so `level` is the kernel's level. */
  levelIsAbsolute: z.boolean(),
  /** What WSL uses it for: 'wsl-utility-vm', 'wslg-system', 'distro', 'docker-desktop', 'linuxkit-services', 'container', or null. */
  role: z.string().nullable(),
  /** A distro name, a container id or name, or null. */
  label: z.string().nullable(),
  /** The lines that established the namespace and its parent. */
  evidence: z.array(EvidenceSchema),
  /** The lines that established the role and label. */
  roleEvidence: z.array(EvidenceSchema),
});
/** See {@link PidNamespaceSchema}. */
export type PidNamespace = z.infer<typeof PidNamespaceSchema>;

/** A pid of a process in one namespace. */
export const NamespacedPidSchema = z.object({
  /** The namespace the number is valid in. */
  namespaceId: z.string(),
  /** The pid there. */
  pid: z.number().int(),
});
/** See {@link NamespacedPidSchema}. */
export type NamespacedPid = z.infer<typeof NamespacedPidSchema>;

/** One real process, however many views it was seen in. */
export const ProcessSchema = z.object({
  /** Stable id, e.g. `proc:3`. */
  id: z.string(),
  /** Its own pid namespace (the innermost), when known. */
  namespaceId: z.string().nullable(),
  /** The fullest command line seen for it. */
  command: z.string().nullable(),
  /** The user name seen for it (names differ between distros; the first seen is kept). */
  user: z.string().nullable(),
  /** Its pid at every level known, outermost → innermost, like NSpid. */
  pids: z.array(NamespacedPidSchema),
  /** Its parent process (from a PPID in any view), when known. */
  parentId: z.string().nullable(),
  /** The lines it was seen on. */
  evidence: z.array(EvidenceSchema),
});
/** See {@link ProcessSchema}. */
export type Process = z.infer<typeof ProcessSchema>;

/** One numbering of pids seen in the input: a shell's /proc, an nsenter target, a container. */
export const ViewSchema = z.object({
  /** Stable id, e.g. `view:1`. */
  id: z.string(),
  /** The pid namespace whose numbering the view shows, when known. */
  namespaceId: z.string().nullable(),
  /** Where the commands ran, in words: `utility VM (wsl --debug-shell)`, `distro Ubuntu-20.04`. */
  vantage: z.string(),
  /** First input line of the view. */
  firstLine: z.number().int(),
  /** Last input line of the view. */
  lastLine: z.number().int(),
});
/** See {@link ViewSchema}. */
export type View = z.infer<typeof ViewSchema>;

/** Two processes that may be the same one: matched by command (and tree position) only, never a fact. */
export const CandidateMatchSchema = z.object({
  /** The two processes. */
  processIds: z.tuple([z.string(), z.string()]),
  /** `command`: same command line; `command+tree`: and their parents are candidates too or the same. */
  basis: z.enum(['command', 'command+tree']),
  /** The lines compared. */
  evidence: z.array(EvidenceSchema),
});
/** See {@link CandidateMatchSchema}. */
export type CandidateMatch = z.infer<typeof CandidateMatchSchema>;

/** A container named by docker output, and where it was found. */
export const ContainerSchema = z.object({
  /** Container id as printed (short or full), or null. */
  id: z.string().nullable(),
  /** Container name (`docker ps` NAMES, `docker run --name`), or null. */
  name: z.string().nullable(),
  /** Image, when printed. */
  image: z.string().nullable(),
  /** Its pid namespace, when the evidence names it. */
  namespaceId: z.string().nullable(),
  /** Its init process (`docker inspect` State.Pid, numbered in the engine's namespace), when located. */
  init: NamespacedPidSchema.nullable(),
  /** The lines that name it and link it. */
  evidence: z.array(EvidenceSchema),
});
/** See {@link ContainerSchema}. */
export type Container = z.infer<typeof ContainerSchema>;

/** What `resolve` and `analyze` return. */
export const AnalysisSchema = z.object({
  /** Bumped on any incompatible change. */
  schemaVersion: z.literal(1),
  /** Every pid namespace known or proven, parents before children. */
  namespaces: z.array(PidNamespaceSchema),
  /** Every process seen. */
  processes: z.array(ProcessSchema),
  /** One per numbering seen. */
  views: z.array(ViewSchema),
  /** Possible identities that the evidence does not prove. */
  candidates: z.array(CandidateMatchSchema),
  /** Containers named by docker output (`analyze` only; empty from `resolve`). */
  containers: z.array(ContainerSchema),
});
/** See {@link AnalysisSchema}. */
export type Analysis = z.infer<typeof AnalysisSchema>;

// ---------------------------------------------------------------------------------------------
// Observations: what the resolver consumes. Parsed records, tagged with the view they were read in.

/** A view as the resolver is told about it. */
export const ViewInputSchema = z.object({
  /** Unique id; observations refer to it. */
  id: z.string(),
  /** Human description of the vantage. */
  vantage: z.string(),
  /** First and last input line of the view. */
  firstLine: z.number().int(),
  lastLine: z.number().int(),
  /** The view's pid namespace inode when the vantage proves it (the utility VM root is 4026531836). */
  inode: z.number().int().nullable().optional(),
  /** "The pid namespace of pid `pid` in view `viewId`" (nsenter -t PID -p, docker exec). */
  relativeTo: z.object({ viewId: z.string(), pid: z.number().int() }).nullable().optional(),
  /** The lines that define the view (the vantage command, the annotation). */
  evidence: z.array(EvidenceSchema).optional(),
});
/** See {@link ViewInputSchema}. */
export type ViewInput = z.infer<typeof ViewInputSchema>;

/** A process seen in a view. All fields but `view`, `line` and `pid` are optional. */
export const ProcessObservationSchema = z.object({
  kind: z.literal('process'),
  /** The view (numbering) the pid is in. */
  view: z.string(),
  /** Input line. */
  line: z.number().int(),
  /** Its pid in the view's numbering. */
  pid: z.number().int(),
  /** Its parent's pid in the same numbering (0: parent outside the view). */
  ppid: z.number().int().nullable().optional(),
  /** Command line (or comm), as printed. */
  command: z.string().nullable().optional(),
  /** User name. */
  user: z.string().nullable().optional(),
  /** NSpid as read in this view: first entry = `pid`, last = pid in its own namespace. */
  nspid: z.array(z.number().int()).nullable().optional(),
  /** Inode of its own pid namespace (ps pidns, ns link, lsns process listing). */
  nsInode: z.number().int().nullable().optional(),
  /** Known to live in the view's own namespace (a job the view's shell started). */
  inViewNamespace: z.boolean().optional(),
  /** Its parent (`ppid` in this view) lives in a proper ancestor namespace (a root of an lsns process tree). */
  parentOutsideNamespace: z.boolean().optional(),
  /** The source line text, for evidence. */
  text: z.string().optional(),
});
/** See {@link ProcessObservationSchema}. */
export type ProcessObservation = z.infer<typeof ProcessObservationSchema>;

/** A pid namespace seen as a row of a namespace listing (lsns). */
export const NamespaceObservationSchema = z.object({
  kind: z.literal('namespace'),
  view: z.string(),
  line: z.number().int(),
  /** Its inode. */
  inode: z.number().int(),
  /** Parent inode (lsns PNS); 0 or null: unknown from this vantage (never "root"). */
  parentInode: z.number().int().nullable().optional(),
  /** A pid in the view that lives in it (lsns PID: the lowest). */
  pid: z.number().int().nullable().optional(),
  /** That process's parent pid. */
  ppid: z.number().int().nullable().optional(),
  /** That process's command. */
  command: z.string().nullable().optional(),
  user: z.string().nullable().optional(),
  text: z.string().optional(),
});
/** See {@link NamespaceObservationSchema}. */
export type NamespaceObservation = z.infer<typeof NamespaceObservationSchema>;

/** `pid` is the init of a container, per `docker inspect` (used by roles, not by `resolve`). */
export const ContainerObservationSchema = z.object({
  kind: z.literal('container'),
  /** The view whose numbering `pid` is in, when known; null: the engine's, not yet located. */
  view: z.string().nullable(),
  line: z.number().int(),
  /** Container id (full or short) and/or name. */
  containerId: z.string().nullable(),
  name: z.string().nullable().optional(),
  /** docker inspect State.Pid. */
  pid: z.number().int().nullable().optional(),
  text: z.string().optional(),
});
/** See {@link ContainerObservationSchema}. */
export type ContainerObservation = z.infer<typeof ContainerObservationSchema>;

/** The view's own pid namespace is `inode` (`ls -l /proc/self/ns/pid`, `readlink /proc/$$/ns/pid`). */
export const ViewNamespaceObservationSchema = z.object({
  kind: z.literal('view-namespace'),
  view: z.string(),
  line: z.number().int(),
  inode: z.number().int(),
  text: z.string().optional(),
});
/** See {@link ViewNamespaceObservationSchema}. */
export type ViewNamespaceObservation = z.infer<typeof ViewNamespaceObservationSchema>;

/** Anything the resolver consumes. */
export const ObservationSchema = z.discriminatedUnion('kind', [
  ProcessObservationSchema,
  NamespaceObservationSchema,
  ViewNamespaceObservationSchema,
]);
/** See {@link ObservationSchema}. */
export type Observation = z.infer<typeof ObservationSchema>;

/** Input of `resolve`. */
export const ObservationSetSchema = z.object({
  views: z.array(ViewInputSchema),
  observations: z.array(ObservationSchema),
});
/** See {@link ObservationSetSchema}. */
export type ObservationSet = z.infer<typeof ObservationSetSchema>;
