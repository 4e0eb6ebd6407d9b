/**
 * `hnsdiag list …` output (Windows Host Networking Service diagnostics) → networks,
 * endpoints, namespaces, load balancers and adapters. See `docs/formats/hnsdiag.md`.
 */
export { parseHnsdiag } from './parse.js';
export type {
  HnsdiagAdapter,
  HnsdiagEndpoint,
  HnsdiagExtra,
  HnsdiagKind,
  HnsdiagLayout,
  HnsdiagLoadBalancer,
  HnsdiagNamespace,
  HnsdiagNetwork,
  HnsdiagOptions,
  HnsdiagOutput,
  HnsdiagSubnet,
} from './schema.js';
