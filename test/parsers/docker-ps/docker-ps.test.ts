import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerPs } from '../../../src/parsers/docker-ps/index.js';
import { DockerPsOutputSchema } from '../../../src/parsers/docker-ps/schema.js';
import { DOCKER_PS_DEFAULT_COLUMNS, goQuote, renderDockerPs, type DockerPsRow } from '../../support/render-docker-ps.js';
import { utf16le } from '../../support/encode.js';


const ALIGNED = [
  'CONTAINER ID   IMAGE                 COMMAND                  CREATED          STATUS                     PORTS                                   NAMES',
  '4e51b5a3b0b8   nginx:latest          "/docker-entrypoint.…"   2 hours ago      Up 2 hours (healthy)       0.0.0.0:8080->80/tcp, :::8080->80/tcp   web',
  '013853d881b7   net8_ubuntu18_build   "/bin/bash"              38 minutes ago   Exited (0) 5 seconds ago                                           vibrant_kepler',
  '',
].join('\n');

describe('parseDockerPs', () => {
  it('reads a well-spaced table by header positions, with an empty PORTS cell', () => {
    const r = parseDockerPs(ALIGNED);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.columns).toEqual(DOCKER_PS_DEFAULT_COLUMNS);
    expect(r.value.containers).toEqual([
      {
        containerId: '4e51b5a3b0b8',
        image: 'nginx:latest',
        command: '/docker-entrypoint.…',
        commandTruncated: true,
        created: '2 hours ago',
        status: 'Up 2 hours (healthy)',
        state: 'running',
        ports: '0.0.0.0:8080->80/tcp, :::8080->80/tcp',
        names: 'web',
        extra: {},
        line: 2,
      },
      {
        containerId: '013853d881b7',
        image: 'net8_ubuntu18_build',
        command: '/bin/bash',
        commandTruncated: false,
        created: '38 minutes ago',
        status: 'Exited (0) 5 seconds ago',
        state: 'exited',
        ports: null,
        names: 'vibrant_kepler',
        extra: {},
        line: 3,
      },
    ]);
    expect(DockerPsOutputSchema.safeParse(r.value).success).toBe(true);
  });

  it('reads the collapsed seed paste by cell shapes', () => {
    const r = parseDockerPs('CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n013853d881b7 net8_ubuntu18_build "/bin/bash" 38 minutes ago Up 38 minutes vibrant_kepler\n');
    expect(r.value.containers[0]).toMatchObject({ containerId: '013853d881b7', image: 'net8_ubuntu18_build', command: '/bin/bash', created: '38 minutes ago', status: 'Up 38 minutes', ports: null, names: 'vibrant_kepler', line: 2 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['docker-ps/collapsed-spacing']);
  });

  it.each([
    ['--no-trunc ids and commands', `CONTAINER ID${' '.repeat(55)}   IMAGE    COMMAND                                            CREATED         STATUS         PORTS     NAMES\n${'a'.repeat(64)}   ubuntu   "/bin/sh -c 'while true; do sleep 1; done'"   3 seconds ago   Up 2 seconds             loop\n`, { containerId: 'a'.repeat(64), command: "/bin/sh -c 'while true; do sleep 1; done'", names: 'loop' }],
    ['a Go-quoted command with quotes inside', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n0123456789ab alpine "sh -c \\"echo hi\\"" About a minute ago Up About a minute 80/tcp a,b\n', { command: 'sh -c "echo hi"', created: 'About a minute ago', status: 'Up About a minute', ports: '80/tcp', names: 'a,b' }],
    ['created and exited states', 'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS    PORTS     NAMES\n0123456789ab   alpine    "sh"      5 seconds ago   Created             x\n', { status: 'Created', state: 'created' }],
    ['paused', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n0123456789ab alpine "sh" 2 days ago Up 2 days (Paused) x\n', { status: 'Up 2 days (Paused)', state: 'paused' }],
    ['restarting', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n0123456789ab alpine "sh" 2 weeks ago Restarting (1) 3 seconds ago x\n', { status: 'Restarting (1) 3 seconds ago', state: 'restarting' }],
    ['a custom --format table', 'CONTAINER ID   NAMES            STATUS\n013853d881b7   vibrant_kepler   Up 38 minutes\n', { containerId: '013853d881b7', names: 'vibrant_kepler', status: 'Up 38 minutes', image: null }],
    ['docker ps -s (SIZE, with spaces)', 'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS         PORTS     NAMES     SIZE\n0123456789ab   alpine    "sh"      5 seconds ago   Up 4 seconds             x         0B (virtual 7.8MB)\n', { names: 'x', extra: { SIZE: '0B (virtual 7.8MB)' } }],
    ['collapsed with SIZE', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES SIZE\n0123456789ab alpine "sh" 5 seconds ago Up 4 seconds x 0B (virtual 7.8MB)\n', { names: 'x', extra: { SIZE: '0B (virtual 7.8MB)' } }],
    ['tabs in the paste', 'CONTAINER ID\tIMAGE\tNAMES\n0123456789ab\talpine\tx\n', { image: 'alpine', names: 'x' }],
  ])('%s', (_name, text, expected) => {
    expect(parseDockerPs(text).value.containers[0]).toMatchObject(expected);
  });

  it('reads docker ps -q ids', () => {
    const r = parseDockerPs('013853d881b7\n4e51b5a3b0b8\n');
    expect(r.value.containers.map((c) => [c.containerId, c.line])).toEqual([
      ['013853d881b7', 1],
      ['4e51b5a3b0b8', 2],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['rows without a header', '013853d881b7 ubuntu "/bin/bash" 38 minutes ago Up 38 minutes x\n', ['docker-ps/no-header']],
    ['a daemon error', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', ['docker-ps/daemon-error']],
    ['an elision', 'CONTAINER ID   IMAGE     NAMES\n...\n0123456789ab   alpine    x\n', ['docker-ps/elision']],
    ['a line that is not a row', 'CONTAINER ID   IMAGE     NAMES\nhello world\n', ['docker-ps/unrecognized-line']],
    ['a collapsed row whose cells have no known shape', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n0123456789ab alpine sh yesterday fine x\n', ['docker-ps/collapsed-spacing', 'docker-ps/ambiguous-row']],
    ['a row off the header grid', 'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS         PORTS     NAMES\n0123456789ab alpine "sh" 5 seconds ago Up 4 seconds x\n', ['docker-ps/realigned-row']],
  ])('names %s', (_name, text, codes) => {
    expect(parseDockerPs(text).diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

// Generated containers in docker's vocabulary.
const hex12 = fc.stringMatching(/^[0-9a-f]{12}$/);
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,14}$/);
const duration = fc.oneof(fc.constantFrom('Less than a second', 'About a minute', 'About an hour'), fc.tuple(fc.integer({ min: 2, max: 59 }), fc.constantFrom('seconds', 'minutes', 'hours', 'days', 'weeks')).map(([n, u]) => `${n} ${u}`));
const status = fc.oneof(
  duration.map((d) => `Up ${d}`),
  duration.map((d) => `Up ${d} (healthy)`),
  fc.tuple(fc.integer({ min: 0, max: 255 }), duration).map(([c, d]) => `Exited (${c}) ${d} ago`),
  fc.constant('Created'),
);
const ports = fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 65535 }).map((p) => `0.0.0.0:${p}->${p}/tcp, :::${p}->${p}/tcp`), fc.constant('80/tcp'));
const command = fc.stringMatching(/^[a-z/][a-z0-9 /.'"-]{0,18}$/).map((c) => c.trim() || 'sh');
const row: fc.Arbitrary<DockerPsRow> = fc.record({
  'CONTAINER ID': hex12,
  IMAGE: fc.tuple(name, fc.constantFrom('', ':latest', ':22.04')).map(([n, t]) => n + t),
  COMMAND: command.map(goQuote),
  CREATED: duration.map((d) => `${d} ago`),
  STATUS: status,
  PORTS: ports,
  NAMES: name,
});

function expected(r: DockerPsRow) {
  return {
    containerId: r['CONTAINER ID'],
    image: r['IMAGE'],
    created: r['CREATED'],
    status: r['STATUS'],
    ports: r['PORTS'] === '' ? null : r['PORTS'],
    names: r['NAMES'],
  };
}

describe('parseDockerPs properties', () => {
  it('never throws on arbitrary strings and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        const r = parseDockerPs(input);
        expect(DockerPsOutputSchema.safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips generated rows, aligned and collapsed; every record points at its line', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, collapsed) => {
        const text = renderDockerPs(DOCKER_PS_DEFAULT_COLUMNS, rows, collapsed);
        const r = parseDockerPs(text);
        expect(r.value.containers.map((c) => ({ containerId: c.containerId, image: c.image, created: c.created, status: c.status, ports: c.ports, names: c.names }))).toEqual(rows.map(expected));
        expect(r.value.containers.map((c) => c.command)).toEqual(rows.map((x) => JSON.parse(x['COMMAND'] as string)));
        const lines = text.split('\n');
        for (const c of r.value.containers) expect(lines[c.line - 1]?.startsWith(c.containerId as string)).toBe(true);
        expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same value for LF, CRLF and UTF-16LE', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const text = renderDockerPs(DOCKER_PS_DEFAULT_COLUMNS, rows);
        const lf = parseDockerPs(text).value;
        expect(parseDockerPs(text.replace(/\n/g, '\r\n')).value).toEqual(lf);
        expect(parseDockerPs(utf16le(text, { bom: true })).value).toEqual(lf);
      }),
      { numRuns: 100 },
    );
  });
});
