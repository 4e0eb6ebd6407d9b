/**
 * The shape of what `parseHnsdiag` returns for `hnsdiag list …` output (Windows Host
 * Networking Service diagnostics): networks, endpoints, namespaces, load balancers and
 * adapters, from the classic tables, the newer `Key : value` records, or the `-d`/`-df`
 * JSON dumps. This file is the single source of the types; the parser imports it as types
 * only, so parsing never loads zod.
 */
import { z } from 'zod';

/** Which of hnsdiag's three output styles a record was read from. */
export const HnsdiagLayoutSchema = z.enum(['table', 'record', 'json']);
/** `table`: classic `list` table; `record`: `Key : value` record; `json`: a `-d`/`-df` object. */
export type HnsdiagLayout = z.infer<typeof HnsdiagLayoutSchema>;

/** The kinds of objects hnsdiag lists, as in `hnsdiag list <kind>`. */
export const HnsdiagKindSchema = z.enum(['networks', 'endpoints', 'namespaces', 'loadbalancers', 'adapters']);
/** One of `networks`, `endpoints`, `namespaces`, `loadbalancers`, `adapters`. */
export type HnsdiagKind = z.infer<typeof HnsdiagKindSchema>;

/** Keys and values the parser does not map, kept as plain JSON (JSON values, or table/record text). */
export const HnsdiagExtraSchema = z.record(z.string(), z.json());
/** Unmapped keys and their values. */
export type HnsdiagExtra = z.infer<typeof HnsdiagExtraSchema>;

/** One subnet of a network. */
export const HnsdiagSubnetSchema = z.object({
  /** CIDR prefix, e.g. `172.19.128.0/20` (JSON `AddressPrefix`/`IpAddressPrefix`, record `Subnet Address`). */
  addressPrefix: z.string().nullable(),
  /** Gateway, e.g. `172.19.128.1` (JSON `GatewayAddress` or the first route's `NextHop`, record `Gateway`). */
  gatewayAddress: z.string().nullable(),
  /** The subnet's other JSON keys (`ID`, `Policies`, …). */
  extra: HnsdiagExtraSchema,
});
/** One subnet of a network. */
export type HnsdiagSubnet = z.infer<typeof HnsdiagSubnetSchema>;

const position = {
  /** Output style the record came from. */
  layout: HnsdiagLayoutSchema,
  /** Unmapped columns, keys or JSON members. */
  extra: HnsdiagExtraSchema,
  /** 1-based input line where the record starts (table row, `Kind : id` line, or `{`). */
  line: z.number().int(),
  /** 1-based input line where it ends (same as `line` for a table row). */
  endLine: z.number().int(),
};

/** An HNS network (a virtual switch and its subnets): `WSL`, `WSL (Hyper-V firewall)`, `Default Switch`, `nat`, … */
export const HnsdiagNetworkSchema = z.object({
  /** GUID as printed, without braces (`790E58B4-7939-4434-9358-89AE7DDBE87E`). */
  id: z.string().nullable(),
  /** Network name, e.g. `WSL (Hyper-V firewall)`. */
  name: z.string().nullable(),
  /** HNS network type, e.g. `ICS`, `NAT`, `L2Bridge`, `Overlay` (not in the classic table). */
  type: z.string().nullable(),
  /** Subnets in the order printed. */
  subnets: z.array(HnsdiagSubnetSchema),
  ...position,
});
/** An HNS network. */
export type HnsdiagNetwork = z.infer<typeof HnsdiagNetworkSchema>;

/** An HNS endpoint (a vNIC port on a network). */
export const HnsdiagEndpointSchema = z.object({
  /** GUID as printed, without braces. */
  id: z.string().nullable(),
  /** Endpoint name (often `Ethernet`, or a container id). */
  name: z.string().nullable(),
  /** IPv4/IPv6 address (JSON `IPAddress` or the first `IpConfigurations[].IpAddress`). */
  ipAddress: z.string().nullable(),
  /** MAC address as printed, e.g. `00-15-5D-50-76-F7`. */
  macAddress: z.string().nullable(),
  /** Name of its network (`Virtual Network Name` column, JSON `VirtualNetworkName`). */
  networkName: z.string().nullable(),
  /** Id of its network (JSON `VirtualNetwork` or `HostComputeNetwork`). */
  networkId: z.string().nullable(),
  ...position,
});
/** An HNS endpoint. */
export type HnsdiagEndpoint = z.infer<typeof HnsdiagEndpointSchema>;

/** An HNS namespace (a network compartment of a container or VM). */
export const HnsdiagNamespaceSchema = z.object({
  /** GUID as printed, without braces. */
  id: z.string().nullable(),
  /** Ids of the endpoints attached to it (empty when none are listed). */
  endpoints: z.array(z.string()),
  ...position,
});
/** An HNS namespace. */
export type HnsdiagNamespace = z.infer<typeof HnsdiagNamespaceSchema>;

/** An HNS load balancer (a v1 policy list or a v2 load balancer), as kube-proxy programs them. */
export const HnsdiagLoadBalancerSchema = z.object({
  /** GUID as printed, without braces. */
  id: z.string().nullable(),
  /** Virtual (frontend) IPs. */
  virtualIps: z.array(z.string()),
  /** Ids of the backend endpoints (`Direct IP IDs`, JSON `References`/`HostComputeEndpoints`). */
  directIpIds: z.array(z.string()),
  ...position,
});
/** An HNS load balancer. */
export type HnsdiagLoadBalancer = z.infer<typeof HnsdiagLoadBalancerSchema>;

/** A host network adapter, from `hnsdiag list adapters` (newer builds). */
export const HnsdiagAdapterSchema = z.object({
  /** Interface GUID without braces. */
  id: z.string().nullable(),
  /** Adapter name, e.g. `Ethernet`, `Loopback Pseudo-Interface 1`. */
  name: z.string().nullable(),
  /** Driver description, e.g. `Intel(R) Ethernet Connection I217-LM`. */
  description: z.string().nullable(),
  /** Media type word, e.g. `ethernet`, `loopback`. */
  type: z.string().nullable(),
  /** Interface index. */
  index: z.number().nullable(),
  /** Interface LUID as printed (a 64-bit number, kept as text). */
  luid: z.string().nullable(),
  /** Network compartment id. */
  compartment: z.number().nullable(),
  ...position,
});
/** A host network adapter. */
export type HnsdiagAdapter = z.infer<typeof HnsdiagAdapterSchema>;

/** Everything read from one paste of hnsdiag output. */
export const HnsdiagOutputSchema = z.object({
  /** Networks, in input order. */
  networks: z.array(HnsdiagNetworkSchema),
  /** Endpoints, in input order. */
  endpoints: z.array(HnsdiagEndpointSchema),
  /** Namespaces, in input order. */
  namespaces: z.array(HnsdiagNamespaceSchema),
  /** Load balancers, in input order. */
  loadBalancers: z.array(HnsdiagLoadBalancerSchema),
  /** Adapters, in input order. */
  adapters: z.array(HnsdiagAdapterSchema),
});
/** Everything read from one paste of hnsdiag output. */
export type HnsdiagOutput = z.infer<typeof HnsdiagOutputSchema>;

/** Options of `parseHnsdiag`. */
export const HnsdiagOptionsSchema = z.object({
  /**
   * What was listed (`hnsdiag list <kind>`), for pastes that do not show the command: decides
   * the kind of untyped JSON objects and headerless tables. A command line in the input wins.
   */
  kind: HnsdiagKindSchema.optional(),
});
/** Options of `parseHnsdiag`. */
export type HnsdiagOptions = z.infer<typeof HnsdiagOptionsSchema>;
