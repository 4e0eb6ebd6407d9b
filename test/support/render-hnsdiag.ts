/**
 * Renders HNS objects the way `hnsdiag list …` prints them, for round-trip tests (and for
 * the model's tests, which need realistic hnsdiag pastes):
 * - {@link renderHnsdiagTable}: the classic `list all` tables (Windows Server 2019 era),
 *   laid out like microsoft/SDN `Kubernetes/windows/kubeadm/Kubecluster.md`: a 16-wide Name
 *   column that overflows with a single space, a 36-wide ID column, `|`-separated namespace
 *   and load-balancer tables, a blank line after each section.
 * - {@link renderHnsdiagRecords}: the newer record layout of microsoft/SDN PR #456
 *   (`////ADAPTERS////` banner, `Adapter : {GUID}`, 4-space-indented `Key<pad> : value`).
 *   Only the adapter and network keys are confirmed by real output (PR #456, the sysnet.pe.kr
 *   seed); the endpoint, namespace and load-balancer keys are guesses.
 * - {@link renderHnsdiagJson}: `-d`/`-df` dumps, objects concatenated (not an array), 4-space
 *   indent, `"Key":value`, empty objects split over lines — optionally cut off mid-object as
 *   pastes usually are.
 * All functions return LF text; tests convert to CRLF or UTF-16 themselves.
 */

/** A network to render. */
export interface RenderNetwork {
  id: string;
  name: string | null;
  type: string | null;
  subnets: { addressPrefix: string | null; gatewayAddress: string | null }[];
}
/** An endpoint to render. */
export interface RenderEndpoint {
  id: string;
  name: string | null;
  ipAddress: string | null;
  macAddress: string | null;
  networkName: string | null;
  networkId: string | null;
}
/** A namespace to render. */
export interface RenderNamespace {
  id: string;
  endpoints: string[];
}
/** A load balancer to render. */
export interface RenderLoadBalancer {
  id: string;
  virtualIps: string[];
  directIpIds: string[];
}
/** An adapter to render. */
export interface RenderAdapter {
  id: string;
  name: string | null;
  description: string | null;
  type: string | null;
  index: number | null;
  luid: string | null;
  compartment: number | null;
}
/** Everything a `hnsdiag list all` can show. */
export interface RenderModel {
  networks: RenderNetwork[];
  endpoints: RenderEndpoint[];
  namespaces: RenderNamespace[];
  loadBalancers: RenderLoadBalancer[];
  adapters: RenderAdapter[];
}

const NAME_WIDTH = 16;
const ID_WIDTH = 36;

function nameCell(name: string | null): string {
  // Names of 16 or more characters push the ID right, separated by a single space.
  return `${(name ?? '').padEnd(NAME_WIDTH)} `;
}

/** Options of {@link renderHnsdiagTable}. */
export interface RenderTableOptions {
  /** A prompt line printed first, e.g. `PS C:\\Users\\azureuser> hnsdiag list all`. */
  command?: string;
}

/** The classic `hnsdiag list all` tables (networks, endpoints, namespaces, load balancers). */
export function renderHnsdiagTable(model: RenderModel, options: RenderTableOptions = {}): string {
  const out: string[] = [];
  if (options.command !== undefined) out.push(options.command);
  out.push('Networks:', `${nameCell('Name')}ID`);
  for (const n of model.networks) out.push(`${nameCell(n.name)}${n.id}`);
  out.push('', 'Endpoints:', `${nameCell('Name')}${'ID'.padEnd(ID_WIDTH)} Virtual Network Name`);
  for (const e of model.endpoints) out.push(`${nameCell(e.name)}${e.id.padEnd(ID_WIDTH)} ${e.networkName ?? ''}`.trimEnd());
  out.push('', 'Namespaces:', `${'ID'.padEnd(ID_WIDTH)} | Endpoint IDs`);
  for (const ns of model.namespaces) out.push(`${ns.id.padEnd(ID_WIDTH)} | ${ns.endpoints.join(' ')}`.trimEnd());
  out.push('', 'LoadBalancers:', `${'ID'.padEnd(ID_WIDTH)} | ${'Virtual IPs'.padEnd(16)} | Direct IP IDs`);
  for (const lb of model.loadBalancers) {
    out.push(`${lb.id.padEnd(ID_WIDTH)} |  ${lb.virtualIps.join(' ').padEnd(15)} | ${lb.directIpIds.join(' ')}`.trimEnd());
  }
  return `${out.join('\n')}\n`;
}

/** Options of {@link renderHnsdiagRecords}. */
export interface RenderRecordOptions {
  /** Print `////NETWORKS////`-style banners before each kind (default true). */
  banners?: boolean;
  /** Indent fields by 4 and pad keys to 17 (default true); false mimics a paste that lost its layout. */
  indent?: boolean;
}

function banner(word: string): string {
  return `${'/'.repeat(24)}${word}${'/'.repeat(23)}`;
}

/** The newer `Key : value` record layout. */
export function renderHnsdiagRecords(model: RenderModel, options: RenderRecordOptions = {}): string {
  const banners = options.banners ?? true;
  const indent = options.indent ?? true;
  const out: string[] = [];
  const field = (key: string, value: string | number | null) => {
    if (value === null) return;
    out.push(indent ? `    ${key.padEnd(16)} : ${value}` : `${key} : ${value}`);
  };
  const start = (key: string, id: string) => out.push(`${key} : ${id}`);
  const section = (word: string, count: number) => {
    if (count === 0) return;
    if (banners) out.push(banner(word), '');
  };
  section('NETWORKS', model.networks.length);
  for (const n of model.networks) {
    start('Network', n.id);
    field('Name', n.name);
    field('Type', n.type);
    for (const s of n.subnets) {
      field('Subnet Address', s.addressPrefix);
      field('Gateway', s.gatewayAddress);
    }
    out.push('');
  }
  section('ENDPOINTS', model.endpoints.length);
  for (const e of model.endpoints) {
    start('Endpoint', e.id);
    field('Name', e.name);
    field('IP Address', e.ipAddress);
    field('Mac Address', e.macAddress);
    field('Virtual Network', e.networkId);
    field('Virtual Network Name', e.networkName);
    out.push('');
  }
  section('NAMESPACES', model.namespaces.length);
  for (const ns of model.namespaces) {
    start('Namespace', ns.id);
    if (ns.endpoints.length > 0) field('Endpoints', ns.endpoints.join(' '));
    out.push('');
  }
  section('LOADBALANCERS', model.loadBalancers.length);
  for (const lb of model.loadBalancers) {
    start('LoadBalancer', lb.id);
    if (lb.virtualIps.length > 0) field('Virtual IPs', lb.virtualIps.join(' '));
    if (lb.directIpIds.length > 0) field('Direct IP IDs', lb.directIpIds.join(' '));
    out.push('');
  }
  section('ADAPTERS', model.adapters.length);
  for (const a of model.adapters) {
    start('Adapter', `{${a.id}}`);
    field('Name', a.name);
    field('Description', a.description);
    field('Index', a.index);
    field('Luid', a.luid);
    field('Type', a.type);
    field('Compartment', a.compartment);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** hnsdiag's pretty printer: 4-space indent, no space after `:`, empty containers split over lines. */
export function prettyHnsJson(value: Json, depth = 0): string {
  const pad = '    '.repeat(depth + 1);
  const close = '    '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return `[\n\n${close}]`;
    return `[\n${value.map((v) => pad + prettyHnsJson(v, depth + 1)).join(',\n')}\n${close}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return `{\n\n${close}}`;
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}:${prettyHnsJson(v, depth + 1)}`).join(',\n')}\n${close}}`;
  }
  return JSON.stringify(value);
}

/** The JSON objects `-df` would print for the model, in `list all` order. */
export function hnsJsonObjects(model: RenderModel): { kind: keyof RenderModel; value: Record<string, Json> }[] {
  const out: { kind: keyof RenderModel; value: Record<string, Json> }[] = [];
  const put = (o: Record<string, Json>, k: string, v: Json | undefined) => {
    if (v !== null && v !== undefined) o[k] = v;
  };
  for (const n of model.networks) {
    const o: Record<string, Json> = { AdditionalParams: {}, CurrentEndpointCount: 0 };
    put(o, 'ID', n.id);
    put(o, 'Name', n.name);
    o['Subnets'] = n.subnets.map((s) => {
      const so: Record<string, Json> = {};
      put(so, 'AddressPrefix', s.addressPrefix);
      put(so, 'GatewayAddress', s.gatewayAddress);
      return so;
    });
    put(o, 'Type', n.type);
    out.push({ kind: 'networks', value: o });
  }
  for (const e of model.endpoints) {
    const o: Record<string, Json> = {};
    put(o, 'ID', e.id);
    put(o, 'Name', e.name);
    put(o, 'VirtualNetwork', e.networkId);
    put(o, 'VirtualNetworkName', e.networkName);
    put(o, 'MacAddress', e.macAddress);
    put(o, 'IPAddress', e.ipAddress);
    out.push({ kind: 'endpoints', value: o });
  }
  for (const ns of model.namespaces) {
    out.push({ kind: 'namespaces', value: { ID: ns.id, IsDefault: false, ResourceList: ns.endpoints.map((id) => ({ Type: 'Endpoint', Data: { Id: id } })) } });
  }
  for (const lb of model.loadBalancers) {
    out.push({
      kind: 'loadBalancers',
      value: { ID: lb.id, Policies: [{ Type: 'ELB', VIPs: lb.virtualIps }], References: lb.directIpIds.map((id) => `/endpoints/${id}`) },
    });
  }
  return out;
}

/** Options of {@link renderHnsdiagJson}. */
export interface RenderJsonOptions {
  /** Cut the paste inside the last object, keeping this many of its lines (at least 1). */
  truncateLastObjectAfter?: number;
}

/** A `-df` dump of the model's networks, endpoints, namespaces and load balancers. */
export function renderHnsdiagJson(model: RenderModel, options: RenderJsonOptions = {}): string {
  const texts = hnsJsonObjects(model).map((o) => prettyHnsJson(o.value));
  const keep = options.truncateLastObjectAfter;
  if (keep !== undefined && texts.length > 0) {
    const last = (texts.pop() as string).split('\n');
    texts.push(last.slice(0, Math.max(1, Math.min(keep, last.length - 1))).join('\n'));
  }
  return texts.length === 0 ? '' : `${texts.join('\n')}\n`;
}

/**
 * The HNS objects of a WSL 2 host, for generated fixtures and the model's tests. Values from
 * real pastes: `WSL (Hyper-V firewall)` and its subnet from the sysnet.pe.kr seed
 * (`../shared/seeds/003_*`, with the distro's 172.19.132.144 and the MAC behind its
 * fe80::215:5dff:fe73:e10e); `WSL`, its subnet and endpoint from microsoft/WSL#7127; the
 * `Default Switch` id from microsoft/WSL#10971 (Get-VMSwitch). Invented: the Default
 * Switch subnet and the id of the second endpoint.
 */
export const WSL_HNS_MODEL: RenderModel = {
  networks: [
    {
      id: '790E58B4-7939-4434-9358-89AE7DDBE87E',
      name: 'WSL (Hyper-V firewall)',
      type: 'ICS',
      subnets: [{ addressPrefix: '172.19.128.0/20', gatewayAddress: '172.19.128.1' }],
    },
    {
      id: 'B95D0C5E-57D4-412B-B571-18A81A16E005',
      name: 'WSL',
      type: 'ICS',
      subnets: [{ addressPrefix: '172.30.160.0/20', gatewayAddress: '172.30.160.1' }],
    },
    {
      id: 'C08CB7B8-9B3C-408E-8E30-5E16A3AEB444',
      name: 'Default Switch',
      type: 'ICS',
      subnets: [{ addressPrefix: '172.25.16.0/20', gatewayAddress: '172.25.16.1' }],
    },
  ],
  endpoints: [
    {
      id: 'bb2dc3d8-f93e-4137-a893-b6edf0d2b33c',
      name: 'Ethernet',
      ipAddress: '172.30.170.40',
      macAddress: '00-15-5D-50-76-F7',
      networkName: 'WSL',
      networkId: 'b95d0c5e-57d4-412b-b571-18a81a16e005',
    },
    {
      id: '5c3e1f7a-0d2b-4c6e-9a8f-1b2c3d4e5f60',
      name: 'Ethernet',
      ipAddress: '172.19.132.144',
      macAddress: '00-15-5D-73-E1-0E',
      networkName: 'WSL (Hyper-V firewall)',
      networkId: '790e58b4-7939-4434-9358-89ae7ddbe87e',
    },
  ],
  namespaces: [],
  loadBalancers: [],
  adapters: [],
};
