/**
 * The transcript's data, as zod schemas (the single source of its types): a pasted terminal
 * session split into blocks — one per prompt line, or per run of bare output — each with the
 * vantage it ran in (Windows, the WSL utility VM, the WSLg system distro, a distro, a
 * container, an `nsenter` target) and the output format its command prints. Prose, `//`
 * notes and markdown around the paste are kept as notes. The prose explanation is
 * `docs/transcripts.md`.
 */
import { z } from 'zod';

/** Where a vantage's commands run, as far as the transcript shows. */
export const VantageKindSchema = z.enum(['windows', 'utility-vm', 'system-distro', 'distro', 'container', 'nsenter', 'unknown']);
/** See {@link VantageKindSchema}. */
export type VantageKind = z.infer<typeof VantageKindSchema>;

/** How the reader learned a vantage. */
export const VantageViaSchema = z.enum(['command', 'annotation', 'note', 'prompt', 'start']);
/** See {@link VantageViaSchema}. */
export type VantageVia = z.infer<typeof VantageViaSchema>;

/** The shell a block's commands ran in: its kind, identity and the line that established it. */
export const VantageSchema = z.object({
  /**
   * Stable per distinct vantage: `windows`, `utility-vm`, `system-distro`,
   * `distro:Ubuntu-20.04`, `distro:(default)`, `container:net8`, `nsenter:1343@utility-vm`,
   * `unknown:1`. Two blocks with the same key ran in the same pid numbering.
   */
  key: z.string(),
  /** What kind of place it is. */
  kind: VantageKindSchema,
  /** A distro name, a container name/id/image; null for the other kinds. */
  name: z.string().nullable(),
  /** `nsenter -t PID`: the target pid, numbered in the parent vantage's view; else null. */
  targetPid: z.number().int().nullable(),
  /** `nsenter`: the key of the vantage whose numbering `targetPid` is in; else null. */
  parentKey: z.string().nullable(),
  /**
   * `nsenter` with `-a`/`--all`/`-m`/`--mount`: the command saw the target's mount namespace,
   * so `/proc` (and `ps`) show the target's numbering. Without it `ps` still reads the
   * parent's `/proc`. Always false for the other kinds.
   */
  mountsTarget: z.boolean(),
  /** 1-based line that established the vantage (0: the start of the input). */
  line: z.number().int(),
  /** How it was learned: a command, an annotation, a blog note, the prompt's style, or nothing (start). */
  via: VantageViaSchema,
  /** The text of that line (trimmed), or a short explanation for `start`. */
  text: z.string(),
});
/** See {@link VantageSchema}. */
export type Vantage = z.infer<typeof VantageSchema>;

/** One output line of a block, with its input line number. */
export const OutputLineSchema = z.object({
  /** 1-based line of the input. */
  line: z.number().int(),
  /** The text (markdown quote marks removed, otherwise as pasted). */
  text: z.string(),
});
/** See {@link OutputLineSchema}. */
export type OutputLine = z.infer<typeof OutputLineSchema>;

/** A background job started with `cmd &` and announced as `[1] 4419`. */
export const JobSchema = z.object({
  /** The pid the shell printed, in the block's vantage numbering. */
  pid: z.number().int(),
  /** The command before `&`. */
  command: z.string(),
});
/** See {@link JobSchema}. */
export type Job = z.infer<typeof JobSchema>;

/** One command and its output, or one run of bare output. */
export const BlockSchema = z.object({
  /** The prompt as pasted (`C:\temp>`, `PS C:\>`, `#`, `wslg $`, `root@host:/#`), or null for bare output. */
  prompt: z.string().nullable(),
  /** The command after the prompt (continuation lines joined); `''` for an empty prompt; null for bare output. */
  command: z.string().nullable(),
  /** The output lines (leading and trailing blank lines dropped). */
  output: z.array(OutputLineSchema),
  /** 1-based line of the prompt (or of the first output line). */
  firstLine: z.number().int(),
  /** 1-based line of the last non-blank line of the block. */
  lastLine: z.number().int(),
  /** Where the command ran. */
  vantage: VantageSchema,
  /** The output format (`ps`, `proc-status`, `ns-links`, `lsns`, `wsl-list`, `ipconfig`, `hnsdiag`, `docker-ps`, `docker-inspect`), or null. */
  format: z.string().nullable(),
  /** Options for that format's parser (see docs/transcripts.md), or null. */
  formatOptions: z.record(z.string(), z.unknown()).nullable(),
  /** `command`: from the command line; `detected`: from the output's shape; null when `format` is null. */
  formatSource: z.enum(['command', 'detected']).nullable(),
  /** A background job this command started (`sleep 680001 &` + `[1] 4419`), or null. */
  job: JobSchema.nullable(),
});
/** See {@link BlockSchema}. */
export type Block = z.infer<typeof BlockSchema>;

/** What a note line is. */
export const NoteKindSchema = z.enum(['comment', 'vantage-note', 'annotation', 'prose', 'markup', 'unplaced']);
/** See {@link NoteKindSchema}. */
export type NoteKind = z.infer<typeof NoteKindSchema>;

/** A line that is not part of any block. */
export const NoteLineSchema = z.object({
  /** 1-based line of the input. */
  line: z.number().int(),
  /** The text as pasted. */
  text: z.string(),
  /**
   * `comment`: a `//` line; `vantage-note`: a `//` line that says where the next commands ran;
   * `annotation`: a `// wslscope:` line; `prose`: a sentence between blocks; `markup`: a
   * markdown fence; `unplaced`: a line that is neither prose nor recognised output.
   */
  kind: NoteKindSchema,
});
/** See {@link NoteLineSchema}. */
export type NoteLine = z.infer<typeof NoteLineSchema>;

/** A pasted session read into blocks and notes. */
export const TranscriptOutputSchema = z.object({
  /** Commands and bare outputs, in input order. */
  blocks: z.array(BlockSchema),
  /** Every line outside the blocks that is not blank, in input order. */
  notes: z.array(NoteLineSchema),
});
/** See {@link TranscriptOutputSchema}. */
export type Transcript = z.infer<typeof TranscriptOutputSchema>;
