import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One entry per public subpath (see package.json "exports"), plus the CLI.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas.ts',
      'parsers/ps/index': 'src/parsers/ps/index.ts',
      'parsers/proc-status/index': 'src/parsers/proc-status/index.ts',
      'parsers/ns-links/index': 'src/parsers/ns-links/index.ts',
      'parsers/lsns/index': 'src/parsers/lsns/index.ts',
      'parsers/wsl-list/index': 'src/parsers/wsl-list/index.ts',
      'parsers/ipconfig/index': 'src/parsers/ipconfig/index.ts',
      'parsers/hnsdiag/index': 'src/parsers/hnsdiag/index.ts',
      'parsers/docker-ps/index': 'src/parsers/docker-ps/index.ts',
      'parsers/docker-inspect/index': 'src/parsers/docker-inspect/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    target: 'es2022',
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { __WSLSCOPE_VERSION__: JSON.stringify(version) },
  },
]);
