/**
 * The value of `parseDockerInspect`, as zod schemas (the single source of its types):
 * `docker inspect -f '{{.State.Pid}}' ID` values (one per line, quoted or not), and the
 * containers of a full `docker inspect` JSON array.
 */
import { z } from 'zod';

/** One line printed by `docker inspect -f TEMPLATE`. */
export const DockerInspectValueSchema = z.object({
  /** The value, surrounding quotes removed (`'220068'` → `220068`, as cmd.exe passes the quotes on). */
  text: z.string(),
  /**
   * The container's main pid, when the template prints `.State.Pid` (or no template is known
   * and the value is a bare number); null otherwise and for 0 (a container that is not running).
   * The number is in the pid namespace of the docker engine, not of the shell that ran docker.
   */
  pid: z.number().int().nullable(),
  /** The container the value belongs to (the n-th name given to `docker inspect`), when known. */
  target: z.string().nullable(),
  /** 1-based input line. */
  line: z.number().int(),
});
/** See {@link DockerInspectValueSchema}. */
export type DockerInspectValue = z.infer<typeof DockerInspectValueSchema>;

/** One object of `docker inspect` JSON. */
export const DockerInspectObjectSchema = z.object({
  /** `Id`: the full 64-hex container (or image) id. */
  id: z.string().nullable(),
  /** `Name` without docker's leading `/`. */
  name: z.string().nullable(),
  /** `State.Pid` (engine's pid namespace); null when absent or 0 (not running). */
  pid: z.number().int().nullable(),
  /** `State.Status` (`running`, `exited`, …). */
  status: z.string().nullable(),
  /** `Config.Image` (the name it was started from), else `Image` (an image id). */
  image: z.string().nullable(),
  /** 1-based input line of the object's opening brace. */
  line: z.number().int(),
});
/** See {@link DockerInspectObjectSchema}. */
export type DockerInspectObject = z.infer<typeof DockerInspectObjectSchema>;

/** What `parseDockerInspect` returns. */
export const DockerInspectOutputSchema = z.object({
  /** Template output lines, in input order. */
  values: z.array(DockerInspectValueSchema),
  /** JSON objects, in input order. */
  objects: z.array(DockerInspectObjectSchema),
});
/** See {@link DockerInspectOutputSchema}. */
export type DockerInspectOutput = z.infer<typeof DockerInspectOutputSchema>;

/** Options of `parseDockerInspect`: what the transcript reader knows from the command line. */
export interface DockerInspectOptions {
  /** The `-f`/`--format` template as docker received it (`{{.State.Pid}}`, or `'{{.State.Pid}}'` from cmd.exe). */
  format?: string;
  /** The names or ids given to `docker inspect`, in order: value n belongs to target n. */
  targets?: readonly string[];
}
