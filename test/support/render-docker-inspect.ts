/**
 * Renders `docker inspect` output: the JSON array docker prints (4-space indent, as
 * `json.MarshalIndent` does) for containers, and `-f` template values, optionally quoted the
 * way cmd.exe users get them (`'220068'`).
 */

/** A container to render, with the fields the parser reads. */
export interface InspectContainer {
  /** Full id. */
  id: string;
  /** Name without the leading `/`. */
  name: string;
  /** State.Pid (0 when not running). */
  pid: number;
  /** State.Status. */
  status: string;
  /** Config.Image. */
  image: string;
}

/** `docker inspect ID…` JSON (LF, final newline), with the usual neighbouring keys. */
export function renderInspectJson(containers: readonly InspectContainer[]): string {
  const objects = containers.map((c) => ({
    Id: c.id,
    Created: '2024-10-18T00:15:00.000000000Z',
    Path: '/bin/bash',
    Args: [],
    State: { Status: c.status, Running: c.status === 'running', Paused: false, Pid: c.pid, ExitCode: 0 },
    Image: `sha256:${'0'.repeat(64)}`,
    Name: `/${c.name}`,
    Config: { Hostname: c.id.slice(0, 12), Image: c.image, Cmd: ['/bin/bash'], Labels: {} },
  }));
  return `${JSON.stringify(objects, null, 4)}\n`;
}

/** `docker inspect -f '{{.State.Pid}}' ID…` output, one value per line (`quote`: as printed after cmd.exe passed `'` on). */
export function renderInspectValues(pids: readonly number[], quote = ''): string {
  return pids.map((p) => `${quote}${p}${quote}\n`).join('');
}
