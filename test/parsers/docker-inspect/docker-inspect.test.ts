import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerInspect } from '../../../src/parsers/docker-inspect/index.js';
import { DockerInspectOutputSchema } from '../../../src/parsers/docker-inspect/schema.js';
import { renderInspectJson, renderInspectValues, type InspectContainer } from '../../support/render-docker-inspect.js';
import { utf16le } from '../../support/encode.js';


describe('parseDockerInspect: template values', () => {
  it.each([
    ['as cmd.exe prints it', "'220068'\n", { format: "'{{.State.Pid}}'", targets: ['013853d881b7'] }, [{ text: '220068', pid: 220068, target: '013853d881b7', line: 1 }]],
    ['from a Linux shell', '220068\n', { format: '{{.State.Pid}}', targets: ['net8'] }, [{ text: '220068', pid: 220068, target: 'net8', line: 1 }]],
    ['without options', '220068\n', {}, [{ text: '220068', pid: 220068, target: null, line: 1 }]],
    ['a stopped container', '0\n', { format: '{{.State.Pid}}' }, [{ text: '0', pid: null, target: null, line: 1 }]],
    ['another template', '/vibrant_kepler\n', { format: '{{.Name}}' }, [{ text: '/vibrant_kepler', pid: null, target: null, line: 1 }]],
    ['a number from another template', '12\n', { format: '{{.RestartCount}}' }, [{ text: '12', pid: null, target: null, line: 1 }]],
    ['two actions', '/net8 220068\n', { format: '{{.Name}} {{.State.Pid}}' }, [{ text: '/net8 220068', pid: 220068, target: null, line: 1 }]],
    ['spaces in an action', '220068\n', { format: '{{ .State.Pid }}' }, [{ text: '220068', pid: 220068, target: null, line: 1 }]],
    ['{{json .State}}', '{"Status":"running","Pid":220068}\n', { format: '{{json .State}}' }, [{ text: '{"Status":"running","Pid":220068}', pid: 220068, target: null, line: 1 }]],
    [
      'several containers',
      '220068\n220100\n',
      { format: '{{.State.Pid}}', targets: ['a', 'b'] },
      [
        { text: '220068', pid: 220068, target: 'a', line: 1 },
        { text: '220100', pid: 220100, target: 'b', line: 2 },
      ],
    ],
  ])('%s', (_name, text, options, values) => {
    const r = parseDockerInspect(text, options);
    expect(r.value).toEqual({ values, objects: [] });
    expect(r.diagnostics).toEqual([]);
  });

  it('skips the target of an error and says so', () => {
    const r = parseDockerInspect('220068\nError: No such object: gone\n', { format: '{{.State.Pid}}', targets: ['net8', 'gone'] });
    expect(r.value.values).toEqual([{ text: '220068', pid: 220068, target: 'net8', line: 1 }]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['docker-inspect/error', 2]]);
  });

  it('does not guess targets when the counts differ', () => {
    const r = parseDockerInspect('1\n2\n', { targets: ['a', 'b', 'c'] });
    expect(r.value.values.map((v) => v.target)).toEqual([null, null]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['docker-inspect/targets-mismatch']);
  });
});

describe('parseDockerInspect: JSON', () => {
  const containers: InspectContainer[] = [
    { id: `013853d881b7${'d'.repeat(52)}`, name: 'vibrant_kepler', pid: 220068, status: 'running', image: 'net8_ubuntu18_build' },
    { id: `4e51b5a3b0b8${'e'.repeat(52)}`, name: 'old', pid: 0, status: 'exited', image: 'alpine' },
  ];

  it('reads the array, one object per container, at its opening brace', () => {
    const text = renderInspectJson(containers);
    const r = parseDockerInspect(text);
    expect(r.value.objects).toEqual([
      { id: containers[0]?.id, name: 'vibrant_kepler', pid: 220068, status: 'running', image: 'net8_ubuntu18_build', line: 2 },
      { id: containers[1]?.id, name: 'old', pid: null, status: 'exited', image: 'alpine', line: text.split('\n').indexOf('    {', 2) + 1 },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('keeps the complete objects of a cut paste', () => {
    const text = renderInspectJson(containers);
    const cut = text.slice(0, text.indexOf('"Status": "exited"'));
    const r = parseDockerInspect(cut);
    expect(r.value.objects.map((o) => o.name)).toEqual(['vibrant_kepler']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['docker-inspect/truncated-json']);
  });

  it('reads {{json .}} lines as objects', () => {
    const r = parseDockerInspect('{"Id":"abc","Name":"/x","State":{"Pid":5,"Status":"running"},"Config":{"Image":"alpine"}}\n');
    expect(r.value.objects).toEqual([{ id: 'abc', name: 'x', pid: 5, status: 'running', image: 'alpine', line: 1 }]);
  });

  it('names bad JSON, text after it, and elisions', () => {
    expect(parseDockerInspect('[\n  {"Id": x}\n]\n').diagnostics.map((d) => d.code)).toEqual(['docker-inspect/bad-json']);
    expect(parseDockerInspect('[{"Id":"a"}] trailing\n').diagnostics.map((d) => d.code)).toEqual(['docker-inspect/unrecognized-line']);
    expect(parseDockerInspect('...\n').diagnostics.map((d) => d.code)).toEqual(['docker-inspect/elision']);
  });
});

const container: fc.Arbitrary<InspectContainer> = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{64}$/),
  name: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
  pid: fc.integer({ min: 1, max: 4194304 }),
  status: fc.constantFrom('running', 'paused'),
  image: fc.stringMatching(/^[a-z][a-z0-9_:./-]{0,20}$/),
});

describe('parseDockerInspect properties', () => {
  it('never throws on arbitrary strings and bytes, with or without options', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), fc.option(fc.string({ maxLength: 30 })), (input, format) => {
        const r = parseDockerInspect(input, format === null ? {} : { format, targets: ['a'] });
        expect(DockerInspectOutputSchema.safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips generated containers as JSON and as values; LF, CRLF and UTF-16LE agree', () => {
    fc.assert(
      fc.property(fc.array(container, { minLength: 1, maxLength: 4 }), fc.constantFrom('', "'"), (cs, quote) => {
        const json = renderInspectJson(cs);
        const r = parseDockerInspect(json);
        expect(r.value.objects.map((o) => [o.id, o.name, o.pid, o.status, o.image])).toEqual(cs.map((c) => [c.id, c.name, c.pid, c.status, c.image]));
        const lines = json.split('\n');
        for (const o of r.value.objects) expect(lines[o.line - 1]).toBe('    {');
        expect(parseDockerInspect(json.replace(/\n/g, '\r\n')).value).toEqual(r.value);
        expect(parseDockerInspect(utf16le(json)).value).toEqual(r.value);
        const values = renderInspectValues(cs.map((c) => c.pid), quote);
        const v = parseDockerInspect(values, { format: `${quote}{{.State.Pid}}${quote}`, targets: cs.map((c) => c.name) });
        expect(v.value.values.map((x) => [x.pid, x.target])).toEqual(cs.map((c) => [c.pid, c.name]));
      }),
      { numRuns: 100 },
    );
  });
});
