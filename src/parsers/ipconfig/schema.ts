/**
 * The shape of what `parseIpconfig` returns for Windows `ipconfig` and `ipconfig /all`
 * output, in any display language. This zod schema is the single source of the types;
 * the parser imports them as types only, so parsing never loads zod.
 */
import { z } from 'zod';

/** Labels the parser did not map to a field, with every value printed for them (continuation lines included). */
export const IpconfigExtraSchema = z.record(z.string(), z.array(z.string()));

/** One IPv4 address of an adapter. */
export const IpconfigIpv4Schema = z.object({
  /** Dotted quad, without the `(Preferred)` suffix. */
  address: z.string(),
  /** The `Subnet Mask` printed after the address, or null. */
  subnetMask: z.string().nullable(),
  /** Present when a status suffix was printed: true for `(Preferred)` in any language, false for `(Deprecated)`, `(Tentative)`, `(Duplicate)`. */
  preferred: z.boolean().optional(),
  /** The status word as printed (`Preferred`, `Bevorzugt`, `首选`, …), present when one was printed. */
  status: z.string().optional(),
  /** Present (true) when the label was the APIPA one (`Autoconfiguration IPv4 Address`). */
  autoconfigured: z.literal(true).optional(),
});

/** What kind of IPv6 address an entry is: from the label (`Temporary`) or else from the address. */
export const IpconfigIpv6KindSchema = z.enum(['link-local', 'global', 'temporary', 'unique-local', 'site-local', 'other']);

/** One IPv6 address of an adapter. */
export const IpconfigIpv6Schema = z.object({
  /** The address without zone and suffix, as printed (not re-compressed). */
  address: z.string(),
  /** The zone id after `%` (`62` in `fe80::1%62`), or null. */
  zone: z.string().nullable(),
  /** `temporary` from the label; otherwise from the prefix: fe80::/10 link-local, fc00::/7 unique-local, fec0::/10 site-local, 2000::/3 global. */
  kind: IpconfigIpv6KindSchema,
  /** As for IPv4: present when a status suffix was printed. */
  preferred: z.boolean().optional(),
  /** The status word as printed, present when one was printed. */
  status: z.string().optional(),
});

/** The adapter kinds ipconfig names in its headers. */
export const IpconfigAdapterTypeSchema = z.enum(['ethernet', 'wireless', 'tunnel', 'ppp', 'unknown']);

/** One adapter block: its header line and the indented `label . . . : value` lines under it. */
export const IpconfigAdapterSchema = z.object({
  /** The adapter name, whole: `vEthernet (WSL (Hyper-V firewall))`, `Local Area Connection* 2`, `isatap.{GUID}`. Empty when a paste lost the header. */
  name: z.string(),
  /** The adapter kind from the header's type words (any language); `unknown` when they are not known. */
  type: IpconfigAdapterTypeSchema,
  /** The type words as printed (`Ethernet adapter`, `イーサネット アダプター`), or null when none were recognised. */
  typeText: z.string().nullable(),
  /** `disconnected` when a `Media State` line is printed (ipconfig prints it only then), else `connected`. */
  mediaState: z.enum(['connected', 'disconnected']),
  /** `Description` (/all). */
  description: z.string().nullable(),
  /** `Physical Address` as printed (`00-15-5D-0A-D1-05`); null when absent or empty. */
  physicalAddress: z.string().nullable(),
  /** `DHCP Enabled` (/all). */
  dhcpEnabled: z.boolean().nullable(),
  /** `Autoconfiguration Enabled` (/all). */
  autoconfigurationEnabled: z.boolean().nullable(),
  /** IPv4 addresses, each with the subnet mask printed after it. */
  ipv4: z.array(IpconfigIpv4Schema),
  /** IPv6 addresses (global, temporary, link-local), in printed order. */
  ipv6: z.array(IpconfigIpv6Schema),
  /** `Default Gateway` values, continuation lines included, as printed (zone ids kept). */
  defaultGateways: z.array(z.string()),
  /** `DNS Servers` values, continuation lines included, as printed. */
  dnsServers: z.array(z.string()),
  /** `Primary WINS Server` then `Secondary WINS Server` values. */
  winsServers: z.array(z.string()),
  /** `DHCP Server`. */
  dhcpServer: z.string().nullable(),
  /** `DHCPv6 IAID`, as printed. */
  dhcpv6Iaid: z.string().nullable(),
  /** `DHCPv6 Client DUID`, as printed. */
  dhcpv6ClientDuid: z.string().nullable(),
  /** `Lease Obtained`, kept as printed: the format follows the regional settings, not the UI language. */
  leaseObtained: z.string().nullable(),
  /** `Lease Expires`, kept as printed. */
  leaseExpires: z.string().nullable(),
  /** `NetBIOS over Tcpip`: true for Enabled, false for Disabled (any language). */
  netbiosOverTcpip: z.boolean().nullable(),
  /** `Connection-specific DNS Suffix`; null when empty. */
  connectionSpecificDnsSuffix: z.string().nullable(),
  /** `Connection-specific DNS Suffix Search List` entries. */
  connectionSpecificDnsSuffixSearchList: z.array(z.string()),
  /** Labels not mapped to a field. */
  extra: IpconfigExtraSchema,
  /** 1-based line of the adapter header (of its first entry when the header is missing). */
  line: z.number().int(),
  /** 1-based line of the adapter's last non-blank line. */
  endLine: z.number().int(),
});

/** The global block that `ipconfig /all` prints before the adapters. */
export const IpconfigHostSchema = z.object({
  /** `Host Name`. */
  hostName: z.string().nullable(),
  /** `Primary Dns Suffix`; null when empty. */
  primaryDnsSuffix: z.string().nullable(),
  /** `Node Type` as printed (`Hybrid`, `Gemischt`, `ハイブリッド`). */
  nodeType: z.string().nullable(),
  /** `IP Routing Enabled`. */
  ipRoutingEnabled: z.boolean().nullable(),
  /** `WINS Proxy Enabled`. */
  winsProxyEnabled: z.boolean().nullable(),
  /** `DNS Suffix Search List` entries, continuation lines included. */
  dnsSuffixSearchList: z.array(z.string()),
  /** The header line as printed (`Windows IP Configuration`, `Windows-IP-Konfiguration`), or null. */
  title: z.string().nullable(),
  /** Labels not mapped to a field. */
  extra: IpconfigExtraSchema,
  /** 1-based line of the title, or of the first host entry when the title is missing. */
  line: z.number().int(),
});

/** What `parseIpconfig` returns. */
export const IpconfigOutputSchema = z.object({
  /** The title and global block; null when the paste shows neither (a lone adapter block). */
  host: IpconfigHostSchema.nullable(),
  /** The adapters, in printed order. */
  adapters: z.array(IpconfigAdapterSchema),
  /** The display language whose labels matched most lines (`en`, `de`, `fr`, `es`, `pt`, `ru`, `ja`, `ko`, `zh`, …), or null. */
  language: z.string().nullable(),
});

/** Options of `parseIpconfig` (none yet; reserved). */
export const IpconfigOptionsSchema = z.object({});

/** See {@link IpconfigIpv4Schema}. */
export type IpconfigIpv4 = z.infer<typeof IpconfigIpv4Schema>;
/** See {@link IpconfigIpv6Schema}. */
export type IpconfigIpv6 = z.infer<typeof IpconfigIpv6Schema>;
/** See {@link IpconfigIpv6KindSchema}. */
export type IpconfigIpv6Kind = z.infer<typeof IpconfigIpv6KindSchema>;
/** See {@link IpconfigAdapterTypeSchema}. */
export type IpconfigAdapterType = z.infer<typeof IpconfigAdapterTypeSchema>;
/** See {@link IpconfigAdapterSchema}. */
export type IpconfigAdapter = z.infer<typeof IpconfigAdapterSchema>;
/** See {@link IpconfigHostSchema}. */
export type IpconfigHost = z.infer<typeof IpconfigHostSchema>;
/** See {@link IpconfigOutputSchema}. */
export type IpconfigOutput = z.infer<typeof IpconfigOutputSchema>;
/** See {@link IpconfigOptionsSchema}. */
export type IpconfigOptions = z.infer<typeof IpconfigOptionsSchema>;
