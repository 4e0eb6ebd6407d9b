/**
 * Turns what hnsdiag prints about one object — a JSON object from `-d`/`-df`, the
 * `Key : value` lines of a record, or the cells of a table row — into the typed records of
 * `schema.ts`. Keys are matched case- and space-insensitively (`IPAddress`, `IP Address`,
 * `IpAddress`); whatever is not mapped is kept in `extra`.
 */
import type {
  HnsdiagAdapter,
  HnsdiagEndpoint,
  HnsdiagExtra,
  HnsdiagKind,
  HnsdiagLayout,
  HnsdiagLoadBalancer,
  HnsdiagNamespace,
  HnsdiagNetwork,
  HnsdiagSubnet,
} from './schema.js';
import type { JsonObject, JsonValue } from './json-stream.js';

/** Any record kind. */
export type HnsdiagRecord = HnsdiagNetwork | HnsdiagEndpoint | HnsdiagNamespace | HnsdiagLoadBalancer | HnsdiagAdapter;

/** Lower-case letters and digits only: `IP Address` and `IPAddress` both become `ipaddress`. */
export function normalizeKey(key: string): string {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of key.toLowerCase()) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += ch;
  }
  // Table columns and record keys repeat on every row; the cache stays small.
  if (keyCache.size < 512) keyCache.set(key, out);
  return out;
}

const keyCache = new Map<string, string>();

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** True for a GUID, optionally in braces: `790E58B4-7939-4434-9358-89AE7DDBE87E`, `{0694B065-…}`. */
export function isGuid(text: string): boolean {
  let s = text;
  if (s.length === 38 && s.charCodeAt(0) === 123 && s.charCodeAt(37) === 125) s = s.slice(1, 37);
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!isHexCode(c)) return false;
  }
  return true;
}

/** The id as printed, without the braces Windows puts around interface GUIDs. */
export function stripBraces(id: string): string {
  return id.length >= 2 && id.startsWith('{') && id.endsWith('}') ? id.slice(1, -1) : id;
}

/** Sets an own, enumerable property even for keys such as `__proto__` (pasted keys are untrusted). */
export function setOwn(target: HnsdiagExtra, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Adds a text value to `extra`; a repeated key becomes an array of its values. */
function addExtraText(extra: HnsdiagExtra, key: string, value: string | null): void {
  if (!Object.prototype.hasOwnProperty.call(extra, key)) {
    setOwn(extra, key, value);
    return;
  }
  const prev = extra[key];
  setOwn(extra, key, Array.isArray(prev) ? [...prev, value] : [prev ?? null, value]);
}

function splitList(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[\s,]+/)) if (part !== '') out.push(stripBraces(part));
  return out;
}

/** Creates an empty record of `kind` starting at `line`. */
export function newRecord(kind: HnsdiagKind, layout: HnsdiagLayout, line: number): HnsdiagRecord {
  const tail = { layout, extra: {}, line, endLine: line };
  switch (kind) {
    case 'networks':
      return { id: null, name: null, type: null, subnets: [], ...tail } satisfies HnsdiagNetwork;
    case 'endpoints':
      return { id: null, name: null, ipAddress: null, macAddress: null, networkName: null, networkId: null, ...tail } satisfies HnsdiagEndpoint;
    case 'namespaces':
      return { id: null, endpoints: [], ...tail } satisfies HnsdiagNamespace;
    case 'loadbalancers':
      return { id: null, virtualIps: [], directIpIds: [], ...tail } satisfies HnsdiagLoadBalancer;
    case 'adapters':
      return { id: null, name: null, description: null, type: null, index: null, luid: null, compartment: null, ...tail } satisfies HnsdiagAdapter;
  }
}

/** The first token of an address value, and whether text followed it (a user's note). */
function addressToken(value: string): { token: string | null; trailing: boolean } {
  const parts = value.split(/\s+/).filter((p) => p !== '');
  return { token: parts[0] ?? null, trailing: parts.length > 1 };
}

function integerOrNull(value: string): number | null {
  const t = value.trim();
  if (t === '' || t.length > 15) return null;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) < 48 || t.charCodeAt(i) > 57) return null;
  return Number(t);
}

/**
 * Applies one `Key : value` line or table cell to a record. Returns false when an address
 * value carried extra text after the address (which was dropped), so the caller can warn.
 */
export function applyTextField(kind: HnsdiagKind, record: HnsdiagRecord, rawKey: string, rawValue: string): boolean {
  const key = normalizeKey(rawKey);
  const value = rawValue.trim();
  const text = value === '' ? null : value;
  let clean = true;
  switch (kind) {
    case 'networks': {
      const r = record as HnsdiagNetwork;
      if (key === 'name') r.name = text;
      else if (key === 'type') r.type = text;
      else if (key === 'subnetaddress' || key === 'subnet' || key === 'addressprefix' || key === 'subnetprefix' || key === 'ipaddressprefix') {
        const a = addressToken(value);
        clean = !a.trailing;
        r.subnets.push({ addressPrefix: a.token, gatewayAddress: null, extra: {} });
      } else if (key === 'gateway' || key === 'gatewayaddress' || key === 'defaultgateway') {
        const a = addressToken(value);
        clean = !a.trailing;
        const gw = a.token;
        const open = r.subnets.find((s) => s.gatewayAddress === null);
        if (open) open.gatewayAddress = gw;
        else r.subnets.push({ addressPrefix: null, gatewayAddress: gw, extra: {} });
      } else addExtraText(r.extra, rawKey.trim(), text);
      break;
    }
    case 'endpoints': {
      const r = record as HnsdiagEndpoint;
      if (key === 'name') r.name = text;
      else if (key === 'ipaddress' || key === 'ip' || key === 'macaddress' || key === 'mac') {
        const a = addressToken(value);
        clean = !a.trailing;
        if (key.startsWith('ip')) r.ipAddress = a.token;
        else r.macAddress = a.token;
      }
      else if (key === 'virtualnetworkname' || key === 'networkname') r.networkName = text;
      else if (key === 'virtualnetwork' || key === 'network' || key === 'networkid') {
        if (text !== null && isGuid(text)) r.networkId = stripBraces(text);
        else r.networkName = text;
      } else addExtraText(r.extra, rawKey.trim(), text);
      break;
    }
    case 'namespaces': {
      const r = record as HnsdiagNamespace;
      if (key === 'endpointids' || key === 'endpoints' || key === 'endpoint') r.endpoints.push(...splitList(value));
      else addExtraText(r.extra, rawKey.trim(), text);
      break;
    }
    case 'loadbalancers': {
      const r = record as HnsdiagLoadBalancer;
      if (key === 'virtualips' || key === 'virtualip' || key === 'vips' || key === 'vip' || key === 'frontendvips') r.virtualIps.push(...splitList(value));
      else if (key === 'directipids' || key === 'directips' || key === 'endpoints' || key === 'endpointids') r.directIpIds.push(...splitList(value));
      else addExtraText(r.extra, rawKey.trim(), text);
      break;
    }
    case 'adapters': {
      const r = record as HnsdiagAdapter;
      if (key === 'name') r.name = text;
      else if (key === 'description') r.description = text;
      else if (key === 'type') r.type = text;
      else if (key === 'index' || key === 'interfaceindex' || key === 'ifindex') r.index = integerOrNull(value);
      else if (key === 'luid' || key === 'interfaceluid') r.luid = text;
      else if (key === 'compartment' || key === 'compartmentid') r.compartment = integerOrNull(value);
      else addExtraText(r.extra, rawKey.trim(), text);
      break;
    }
  }
  return clean;
}

/** Maps `Network`, `Endpoint`, … (the key of a record's first line) to the kind it starts. */
export function kindOfRecordKey(rawKey: string): HnsdiagKind | null {
  switch (normalizeKey(rawKey)) {
    case 'network':
      return 'networks';
    case 'endpoint':
      return 'endpoints';
    case 'namespace':
      return 'namespaces';
    case 'loadbalancer':
    case 'policylist':
      return 'loadbalancers';
    case 'adapter':
      return 'adapters';
    default:
      return null;
  }
}

/** Maps an object word of `hnsdiag list <word>` or a section title to a kind (`all` for everything). */
export function kindOfWord(word: string): HnsdiagKind | 'all' | null {
  const w = normalizeKey(word);
  if (w === 'network' || w === 'networks') return 'networks';
  if (w === 'endpoint' || w === 'endpoints') return 'endpoints';
  if (w === 'namespace' || w === 'namespaces') return 'namespaces';
  if (w === 'loadbalancer' || w === 'loadbalancers' || w === 'policylist' || w === 'policylists') return 'loadbalancers';
  if (w === 'adapter' || w === 'adapters') return 'adapters';
  if (w === 'all' || w === 'hnsobjects') return 'all';
  return null;
}

// ---------------------------------------------------------------------------------------
// JSON objects (`-d`, `-df`, `-dfl`)

/** The object's members, looked up case-insensitively and removed as they are mapped. */
class Members {
  private readonly rest = new Map<string, JsonValue>();
  private readonly byKey = new Map<string, string>();

  constructor(obj: JsonObject) {
    for (const [k, v] of Object.entries(obj)) {
      this.rest.set(k, v);
      const lower = k.toLowerCase();
      if (!this.byKey.has(lower)) this.byKey.set(lower, k);
    }
  }

  /** The value of the first of `names` present (without removing it). */
  get(...names: string[]): JsonValue | undefined {
    for (const n of names) {
      const k = this.byKey.get(n);
      if (k !== undefined && this.rest.has(k)) return this.rest.get(k);
    }
    return undefined;
  }

  /** Removes and returns the first of `names` whose value passes `accept`. */
  take<T extends JsonValue>(accept: (v: JsonValue) => v is T, ...names: string[]): T | null {
    for (const n of names) {
      const k = this.byKey.get(n);
      if (k === undefined || !this.rest.has(k)) continue;
      const v = this.rest.get(k) as JsonValue;
      if (accept(v)) {
        this.rest.delete(k);
        return v;
      }
    }
    return null;
  }

  extra(): HnsdiagExtra {
    const out: HnsdiagExtra = {};
    for (const [k, v] of this.rest) setOwn(out, k, v);
    return out;
  }
}

const isString = (v: JsonValue): v is string => typeof v === 'string';
const isNumber = (v: JsonValue): v is number => typeof v === 'number';
const isStringOrNumber = (v: JsonValue): v is string | number => typeof v === 'string' || typeof v === 'number';
const isStringArray = (v: JsonValue): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isArray = (v: JsonValue): v is JsonValue[] => Array.isArray(v);

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: JsonValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

function strings(v: JsonValue | undefined): string[] | null {
  return v !== undefined && isStringArray(v) ? v : null;
}

function idOf(m: Members): string | null {
  const id = m.take(isString, 'id');
  return id === null ? null : stripBraces(id);
}

function subnetFromJson(value: JsonValue): HnsdiagSubnet {
  if (!isObject(value)) return { addressPrefix: null, gatewayAddress: null, extra: { value } };
  const m = new Members(value);
  const addressPrefix = m.take(isString, 'addressprefix', 'ipaddressprefix');
  let gatewayAddress = m.take(isString, 'gatewayaddress');
  if (gatewayAddress === null) {
    const routes = m.get('routes');
    if (Array.isArray(routes) && isObject(routes[0])) gatewayAddress = str(new Members(routes[0]).get('nexthop'));
  }
  return { addressPrefix, gatewayAddress, extra: m.extra() };
}

function networkFromJson(obj: JsonObject, line: number, endLine: number): HnsdiagNetwork {
  const m = new Members(obj);
  const id = idOf(m);
  const name = m.take(isString, 'name');
  const type = m.take(isString, 'type');
  const subnets: HnsdiagSubnet[] = [];
  const v1 = m.take(isArray, 'subnets');
  if (v1 !== null) subnets.push(...v1.map(subnetFromJson));
  else {
    // Schema v2 (`-dfl`): Ipams[].Subnets[]; the Ipams stay in extra, so these subnets carry no extra.
    const ipams = m.get('ipams');
    if (Array.isArray(ipams)) {
      for (const ipam of ipams) {
        const inner = isObject(ipam) ? new Members(ipam).get('subnets') : undefined;
        if (Array.isArray(inner)) for (const s of inner) subnets.push({ ...subnetFromJson(s), extra: {} });
      }
    }
  }
  return { id, name, type, subnets, layout: 'json', extra: m.extra(), line, endLine };
}

function endpointFromJson(obj: JsonObject, line: number, endLine: number): HnsdiagEndpoint {
  const m = new Members(obj);
  const id = idOf(m);
  const name = m.take(isString, 'name');
  let ipAddress = m.take(isString, 'ipaddress');
  if (ipAddress === null) {
    const configs = m.get('ipconfigurations');
    if (Array.isArray(configs) && isObject(configs[0])) ipAddress = str(new Members(configs[0]).get('ipaddress'));
  }
  const macAddress = m.take(isString, 'macaddress');
  const networkName = m.take(isString, 'virtualnetworkname');
  const network = m.take(isString, 'virtualnetwork', 'hostcomputenetwork');
  return { id, name, ipAddress, macAddress, networkName, networkId: network === null ? null : stripBraces(network), layout: 'json', extra: m.extra(), line, endLine };
}

function namespaceFromJson(obj: JsonObject, line: number, endLine: number): HnsdiagNamespace {
  const m = new Members(obj);
  const id = idOf(m);
  const endpoints: string[] = [];
  const resources = m.get('resourcelist', 'resources');
  if (Array.isArray(resources)) {
    for (const r of resources) {
      if (!isObject(r)) continue;
      const rm = new Members(r);
      const type = str(rm.get('type'));
      const data = rm.get('data');
      if (type !== null && type.toLowerCase() === 'endpoint' && isObject(data)) {
        const eid = str(new Members(data).get('id'));
        if (eid !== null) endpoints.push(stripBraces(eid));
      }
    }
  }
  return { id, endpoints, layout: 'json', extra: m.extra(), line, endLine };
}

function loadBalancerFromJson(obj: JsonObject, line: number, endLine: number): HnsdiagLoadBalancer {
  const m = new Members(obj);
  const id = idOf(m);
  let virtualIps = m.take(isStringArray, 'frontendvips', 'vips');
  if (virtualIps === null) {
    virtualIps = [];
    const policies = m.get('policies');
    if (Array.isArray(policies)) {
      for (const p of policies) {
        const vips = strings(isObject(p) ? new Members(p).get('vips') : undefined);
        if (vips !== null) virtualIps.push(...vips);
      }
    }
  }
  let directIpIds = m.take(isStringArray, 'hostcomputeendpoints');
  if (directIpIds === null) {
    directIpIds = [];
    // v1 policy lists reference their endpoints by path: `/endpoints/<id>`.
    for (const r of strings(m.get('references')) ?? []) directIpIds.push(r.slice(r.lastIndexOf('/') + 1));
  }
  return { id, virtualIps, directIpIds: directIpIds.map(stripBraces), layout: 'json', extra: m.extra(), line, endLine };
}

function adapterFromJson(obj: JsonObject, line: number, endLine: number): HnsdiagAdapter {
  const m = new Members(obj);
  const rawId = m.take(isString, 'id', 'interfaceguid');
  const name = m.take(isString, 'name');
  const description = m.take(isString, 'description');
  const type = m.take(isString, 'type');
  const index = m.take(isNumber, 'index', 'interfaceindex');
  const luid = m.take(isStringOrNumber, 'luid', 'interfaceluid');
  const compartment = m.take(isNumber, 'compartment', 'compartmentid');
  return {
    id: rawId === null ? null : stripBraces(rawId),
    name,
    description,
    type,
    index,
    luid: luid === null ? null : String(luid),
    compartment,
    layout: 'json',
    extra: m.extra(),
    line,
    endLine,
  };
}

/** Maps a JSON object to a record of `kind`. */
export function recordFromJson(kind: HnsdiagKind, obj: JsonObject, line: number, endLine: number): HnsdiagRecord {
  switch (kind) {
    case 'networks':
      return networkFromJson(obj, line, endLine);
    case 'endpoints':
      return endpointFromJson(obj, line, endLine);
    case 'namespaces':
      return namespaceFromJson(obj, line, endLine);
    case 'loadbalancers':
      return loadBalancerFromJson(obj, line, endLine);
    case 'adapters':
      return adapterFromJson(obj, line, endLine);
  }
}

const ENDPOINT_KEYS = ['virtualnetwork', 'virtualnetworkname', 'ipaddress', 'macaddress', 'ipconfigurations', 'hostcomputenetwork'];
const LOAD_BALANCER_KEYS = ['frontendvips', 'hostcomputeendpoints', 'portmappings', 'vips'];
const NAMESPACE_KEYS = ['namespaceid', 'resourcelist', 'isdefault', 'namespaceguid'];
const NETWORK_KEYS = ['subnets', 'ipams', 'managementip', 'extensions', 'macpools', 'gatewaymac', 'currentendpointcount', 'networkadaptername', 'layeredon'];
const ADAPTER_KEYS = ['interfaceindex', 'luid', 'interfaceluid', 'interfaceguid'];

/** Tells which kind of HNS object a JSON object is by its keys (null when it cannot tell). */
export function classifyJson(obj: JsonObject): HnsdiagKind | null {
  const keys = new Set(Object.keys(obj).map((k) => k.toLowerCase()));
  const any = (list: string[]) => list.some((k) => keys.has(k));
  if (any(ENDPOINT_KEYS)) return 'endpoints';
  if (any(LOAD_BALANCER_KEYS)) return 'loadbalancers';
  const m = new Members(obj);
  const policies = m.get('policies');
  if (Array.isArray(policies) && policies.some((p) => isObject(p) && str(new Members(p).get('type'))?.toUpperCase() === 'ELB')) return 'loadbalancers';
  if ((strings(m.get('references')) ?? []).some((r) => r.toLowerCase().startsWith('/endpoints/'))) return 'loadbalancers';
  if (any(NAMESPACE_KEYS)) return 'namespaces';
  const resources = m.get('resources');
  if (Array.isArray(resources) && resources.some((r) => isObject(r) && str(new Members(r).get('type'))?.toLowerCase() === 'endpoint')) return 'namespaces';
  if (any(NETWORK_KEYS)) return 'networks';
  if (any(ADAPTER_KEYS)) return 'adapters';
  return null;
}
