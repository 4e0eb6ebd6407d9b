/**
 * Schema of what `parseWslList` returns for the `wsl.exe --list` family (`-l`, `-l -v`,
 * `-l -q`, `--running`, `--all`, `--online`) and for the messages `wsl.exe` prints instead of a
 * list. The single source of the types: `parse.ts` imports them as types only.
 *
 * @example
 * // "  NAME            STATE           VERSION\n* Ubuntu-20.04    Running         2"
 * // → { variant: 'verbose', distros: [{ name: 'Ubuntu-20.04', state: 'Running', version: 2, isDefault: true, extra: {}, line: 2 }], … }
 */
import { z } from 'zod';

/** The states `wsl -l -v` prints (hard-coded English in every display language). */
export const WslDistroStateSchema = z.enum(['Running', 'Stopped', 'Installing', 'Uninstalling', 'Converting', 'Exporting']);

/** One registered distribution. */
export const WslDistroSchema = z.object({
  /** The distribution name (`^[a-zA-Z0-9._-]{1,256}$`), never a suffix such as `(Default)`. */
  name: z.string(),
  /** From `-v`, or `Running` after `--running`; null when the listing does not show it. */
  state: WslDistroStateSchema.nullable(),
  /** WSL version from `-v`; null when the listing does not show it. */
  version: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** Marked `*` in `-v`, or carrying the localized `(Default)` suffix in `-l`. */
  isDefault: z.boolean(),
  /** Cells the parser did not understand, by header name (`STATE`, `VERSION`, `col4`, …). */
  extra: z.record(z.string(), z.string()),
  /** 1-based input line of the row the values come from. */
  line: z.number().int().positive(),
});

/** One row of `wsl --list --online`. */
export const WslOnlineDistroSchema = z.object({
  /** The name to pass to `wsl --install`. */
  name: z.string(),
  /** The FRIENDLY NAME column; null when the row has none. */
  friendlyName: z.string().nullable(),
  /** 1-based input line. */
  line: z.number().int().positive(),
});

/** A message printed instead of a list. */
export const WslListMessageSchema = z.object({
  /** `no-distributions` (no distro installed), `no-running-distributions` (`--running`), `usage` (old builds, bad options). */
  kind: z.enum(['no-distributions', 'no-running-distributions', 'usage']),
  /** The message's non-blank lines, joined with `\n`. */
  text: z.string(),
  /** 1-based first line. */
  line: z.number().int().positive(),
  /** 1-based last line. */
  endLine: z.number().int().positive(),
});

/** An `Error code: Wsl/...` line (in any language) and the message before it. */
export const WslListErrorSchema = z.object({
  /** The text printed before the code line, or null when the paste starts at the code. */
  message: z.string().nullable(),
  /** The language-neutral code, e.g. `Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND`. */
  code: z.string(),
  /** 1-based first line (of the message, or the code line). */
  line: z.number().int().positive(),
  /** 1-based line of the code. */
  endLine: z.number().int().positive(),
});

/** What `parseWslList` returns. */
export const WslListOutputSchema = z.object({
  /** Form of the first listing found: `verbose` (`-v`), `list` (`-l`), `quiet` (`-q`), `online`; null when none. */
  variant: z.enum(['verbose', 'list', 'quiet', 'online']).nullable(),
  /** The distributions, in listing order; several listings in one paste are merged by name. */
  distros: z.array(WslDistroSchema),
  /** Rows of `wsl --list --online`. */
  online: z.array(WslOnlineDistroSchema),
  /** The first non-list message, or null. */
  message: WslListMessageSchema.nullable(),
  /** The first error code and its message, or null. */
  error: WslListErrorSchema.nullable(),
  /** A hint: the first shipped locale whose strings matched (header, suffix, message, error label), or null. */
  locale: z.string().nullable(),
});

/** A `wsl -l -v` state. */
export type WslDistroState = z.infer<typeof WslDistroStateSchema>;
/** One registered distribution. */
export type WslDistro = z.infer<typeof WslDistroSchema>;
/** One row of `wsl --list --online`. */
export type WslOnlineDistro = z.infer<typeof WslOnlineDistroSchema>;
/** A message printed instead of a list. */
export type WslListMessage = z.infer<typeof WslListMessageSchema>;
/** An error code and its message. */
export type WslListError = z.infer<typeof WslListErrorSchema>;
/** What `parseWslList` returns. */
export type WslListOutput = z.infer<typeof WslListOutputSchema>;

/** Options of `parseWslList`. */
export interface WslListOptions {
  /**
   * The command line that produced the output, when the caller knows it (e.g. the transcript
   * layer): `wsl -l --running` marks the listed distros Running; a command that is not a
   * `--list` makes its output be skipped except for error codes.
   */
  command?: string;
}
