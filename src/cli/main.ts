/**
 * The `wslscope` command: analyze a pasted session and print the pid-namespace tree, parse one
 * output format, or detect a format. Node only. Exit codes: 0 fine, 1 the input had errors
 * (the diagnostics are printed), 2 usage errors. Never prints a stack trace.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze/index.js';
import { detectFormat } from '../parsers/detect.js';
import { formatNames, isFormatName, parseAs } from '../parsers/registry.js';
import { renderDot, renderMermaid, renderTree } from '../render/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { version } from './version.js';

const USAGE = `Usage:
  wslscope [analyze] FILE|-  [--json | --format unicode|tree|mermaid|dot] [--processes all|tracked|none]
  wslscope parse FORMAT FILE|- [--json]
  wslscope detect FILE|-
  wslscope --help | --version

Reads a pasted WSL2 / container session (wsl -l -v, ps, lsns, /proc/<pid>/status,
ls -l /proc/<pid>/ns/pid, ipconfig, hnsdiag, docker ps …) from FILE or standard input ('-'),
in UTF-8 or UTF-16, and prints the nested pid-namespace tree.

Options:
  --json             print the whole result (value and diagnostics) as JSON
  --format F         unicode (default) or tree (ASCII art), mermaid, dot
  --processes P      which processes the tree shows: all (default), tracked, none
  --verbose          also print info diagnostics
Formats for parse: ${formatNames.join(', ')}

Exit status: 0 ok, 1 the input had errors (diagnostics on stderr), 2 usage error.
`;

class UsageError extends Error {}

interface Args {
  command: 'analyze' | 'parse' | 'detect' | 'help' | 'version';
  format: string | null;
  file: string | null;
  json: boolean;
  render: 'unicode' | 'tree' | 'mermaid' | 'dot';
  processes: 'all' | 'tracked' | 'none';
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: 'analyze', format: null, file: null, json: false, render: 'unicode', processes: 'all', verbose: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') return { ...args, command: 'help' };
    if (a === '--version' || a === '-V') return { ...args, command: 'version' };
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'unicode' && f !== 'tree' && f !== 'mermaid' && f !== 'dot' && f !== 'json') throw new UsageError(`unknown --format ${f} (unicode, tree, mermaid, dot)`);
      if (f === 'json') args.json = true;
      else args.render = f;
    } else if (a === '--processes' || a.startsWith('--processes=')) {
      const p = value();
      if (p !== 'all' && p !== 'tracked' && p !== 'none') throw new UsageError(`unknown --processes ${p} (all, tracked, none)`);
      args.processes = p;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const first = positional[0];
  if (first === 'parse') {
    args.command = 'parse';
    args.format = positional[1] ?? null;
    args.file = positional[2] ?? null;
    if (args.format === null || !isFormatName(args.format)) throw new UsageError(`parse needs a FORMAT: ${formatNames.join(', ')}`);
    if (positional.length > 3) throw new UsageError('too many arguments');
  } else if (first === 'detect' || first === 'analyze') {
    args.command = first;
    args.file = positional[1] ?? null;
    if (positional.length > 2) throw new UsageError('too many arguments');
  } else {
    args.file = first ?? null;
    if (positional.length > 1) throw new UsageError('too many arguments');
  }
  if (args.file === null) throw new UsageError('no FILE given (use - for standard input)');
  return args;
}

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file === '-' ? 0 : file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`);
  }
}

function printDiagnostics(file: string, diagnostics: readonly Diagnostic[], verbose: boolean): void {
  for (const d of diagnostics) {
    if (d.severity === 'info' && !verbose) continue;
    process.stderr.write(`${file === '-' ? '<stdin>' : file}:${d.line}: ${d.severity} ${d.code}: ${d.message}\n`);
  }
}

function run(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`wslscope: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const file = args.file as string;
  let input: Uint8Array;
  try {
    input = readInput(file);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`wslscope: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.command === 'detect') {
    const d = detectFormat(input);
    process.stdout.write(args.json ? `${JSON.stringify(d, null, 2)}\n` : `${d.format ?? 'unknown'} (confidence ${d.confidence.toFixed(2)})\n`);
    return d.format === null ? 1 : 0;
  }
  if (args.command === 'parse') {
    const result = parseAs(args.format as never, input);
    process.stdout.write(`${JSON.stringify(args.json ? result : result.value, null, 2)}\n`);
    printDiagnostics(file, result.diagnostics, args.verbose);
    return result.ok ? 0 : 1;
  }
  const result = analyze(input);
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (args.render === 'mermaid') process.stdout.write(renderMermaid(result.value));
  else if (args.render === 'dot') process.stdout.write(renderDot(result.value));
  else process.stdout.write(renderTree(result.value, { charset: args.render === 'tree' ? 'ascii' : 'unicode', processes: args.processes }));
  printDiagnostics(file, result.diagnostics, args.verbose);
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // A bug, not bad input: say so in one line, without a stack trace.
  process.stderr.write(`wslscope: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
