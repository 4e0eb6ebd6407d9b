import fc from 'fast-check';
import { it, expect } from 'vitest';
import { parseNsLinks } from '../../../src/parsers/ns-links/index.js';
it('a', () => { const t0 = performance.now(); fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { parseNsLinks(s); }), { numRuns: 300 }); console.log('A', performance.now() - t0); });
it('b', () => { const t0 = performance.now(); fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { expect(() => parseNsLinks(s)).not.toThrow(); }), { numRuns: 300 }); console.log('B', performance.now() - t0); });
it('c', () => { const t0 = performance.now(); fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (s) => { parseNsLinks(s); }), { numRuns: 300 }); console.log('C', performance.now() - t0); });
