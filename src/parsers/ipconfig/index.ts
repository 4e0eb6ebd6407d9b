/** Windows `ipconfig` / `ipconfig /all` parser (any display language). */
export { parseIpconfig } from './parse.js';
export type {
  IpconfigAdapter,
  IpconfigAdapterType,
  IpconfigHost,
  IpconfigIpv4,
  IpconfigIpv6,
  IpconfigIpv6Kind,
  IpconfigOptions,
  IpconfigOutput,
} from './schema.js';
