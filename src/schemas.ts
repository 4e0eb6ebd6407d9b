/**
 * `wslscope/schemas`: the zod schemas of every parser's value and of the model's `Analysis`,
 * for callers who validate. This entry loads zod; the others never do.
 */
export * from './model/schema.js';
export { HnsdiagOutputSchema, HnsdiagNetworkSchema, HnsdiagEndpointSchema, HnsdiagNamespaceSchema, HnsdiagLoadBalancerSchema, HnsdiagAdapterSchema, HnsdiagSubnetSchema, HnsdiagOptionsSchema, HnsdiagKindSchema, HnsdiagLayoutSchema, HnsdiagExtraSchema } from './parsers/hnsdiag/schema.js';
export { WslDistroSchema, WslDistroStateSchema, WslListErrorSchema, WslListMessageSchema, WslListOutputSchema, WslOnlineDistroSchema } from './parsers/wsl-list/schema.js';
export { IpconfigOutputSchema, IpconfigHostSchema, IpconfigAdapterSchema, IpconfigIpv4Schema, IpconfigIpv6Schema, IpconfigIpv6KindSchema, IpconfigAdapterTypeSchema, IpconfigExtraSchema, IpconfigOptionsSchema } from './parsers/ipconfig/schema.js';
