/**
 * The value of `parseDockerPs`, as zod schemas (the single source of its types): one record
 * per container row of `docker ps` / `docker container ls` (any `--format "table …"` column
 * set, `--no-trunc`, `-s`), with the columns the table showed.
 */
import { z } from 'zod';

/** The state `docker ps` shows in STATUS, read from its first words. */
export const DockerStateSchema = z.enum(['running', 'paused', 'restarting', 'exited', 'created', 'removing', 'dead']);
/** See {@link DockerStateSchema}. */
export type DockerState = z.infer<typeof DockerStateSchema>;

/** One row of `docker ps`. */
export const DockerContainerSchema = z.object({
  /** CONTAINER ID: 12 hex digits, or 64 with `--no-trunc`. */
  containerId: z.string().nullable(),
  /** IMAGE as shown (a name, `name:tag`, or an image id). */
  image: z.string().nullable(),
  /** COMMAND without its surrounding quotes (docker truncates it with `…` unless `--no-trunc`). */
  command: z.string().nullable(),
  /** True when COMMAND ends with docker's `…` truncation mark. */
  commandTruncated: z.boolean(),
  /** CREATED as shown (`38 minutes ago`), or CREATED AT with `--format`. */
  created: z.string().nullable(),
  /** STATUS as shown (`Up 38 minutes`, `Exited (0) 2 hours ago`). */
  status: z.string().nullable(),
  /** The state read from STATUS, or null when STATUS is absent or unknown. */
  state: DockerStateSchema.nullable(),
  /** PORTS as shown, or null when the cell is empty. */
  ports: z.string().nullable(),
  /** NAMES as shown (several names are comma-separated). */
  names: z.string().nullable(),
  /** Other columns (SIZE, LABELS, MOUNTS, NETWORKS, RUNNING FOR, …) by header; null for an empty cell. */
  extra: z.record(z.string(), z.string().nullable()),
  /** 1-based input line of the row. */
  line: z.number().int(),
});
/** See {@link DockerContainerSchema}. */
export type DockerContainer = z.infer<typeof DockerContainerSchema>;

/** What `parseDockerPs` returns. */
export const DockerPsOutputSchema = z.object({
  /** The header names of the (last) table, e.g. `['CONTAINER ID', 'IMAGE', …, 'NAMES']`. */
  columns: z.array(z.string()),
  /** The containers, in input order. */
  containers: z.array(DockerContainerSchema),
});
/** See {@link DockerPsOutputSchema}. */
export type DockerPsOutput = z.infer<typeof DockerPsOutputSchema>;
