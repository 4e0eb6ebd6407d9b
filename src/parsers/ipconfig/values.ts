/**
 * Value shapes in ipconfig output: addresses, masks, MAC/DUID strings, status suffixes.
 * ipconfig's values are language-neutral except words (yes/no, node type, dates), so these
 * shapes are what the parser falls back on when a label is unreadable or unknown.
 * All checks are plain scans, no regular expressions: pasted text is untrusted.
 */
import type { IpconfigIpv6Kind } from './schema.js';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** A dotted-quad IPv4 address (`172.19.128.1`). */
export function isIpv4(s: string): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      if (digits === 0 || value > 255) return false;
      parts++;
      digits = 0;
      value = 0;
    } else if (isDigit(c) && digits < 3) {
      digits++;
      value = value * 10 + (c - 0x30);
    } else return false;
  }
  return parts === 4;
}

/** The 32-bit value of a dotted quad (call only when {@link isIpv4}). */
function ipv4Value(s: string): number {
  return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** A subnet mask: a dotted quad whose one-bits are contiguous from the left (`255.255.240.0`). */
export function isMask(s: string): boolean {
  if (!isIpv4(s)) return false;
  const v = ipv4Value(s);
  const inverted = 0xffffffff - v;
  // inverted + 1 must be a power of two (0.0.0.0 and 255.255.255.255 included).
  const n = inverted + 1;
  return Number.isInteger(Math.log2(n));
}

/** An IPv6 address as ipconfig prints it, with an optional `%zone` (`fe80::1%18`, `::`). */
export function isIpv6(s: string): boolean {
  if (s.length === 0 || s.length > 80) return false;
  const pct = s.indexOf('%');
  const addr = pct < 0 ? s : s.slice(0, pct);
  if (pct >= 0) {
    const zone = s.slice(pct + 1);
    if (zone.length === 0) return false;
    for (let i = 0; i < zone.length; i++) {
      const c = zone.charCodeAt(i);
      if (!(isHex(c) || (c >= 0x47 && c <= 0x5a) || (c >= 0x67 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2d)) return false;
    }
  }
  let colons = 0;
  for (let i = 0; i < addr.length; i++) {
    const c = addr.charCodeAt(i);
    if (c === 0x3a) colons++;
    else if (!isHex(c) && c !== 0x2e) return false;
  }
  return colons >= 2;
}

/** Hex byte pairs joined by `-` (`00-15-5D-0A-D1-05`), at least `min` pairs: MAC addresses and DUIDs. */
export function isHexDashed(s: string, min = 6): boolean {
  const parts = s.split('-');
  if (parts.length < min) return false;
  for (const p of parts) if (p.length !== 2 || !isHex(p.charCodeAt(0)) || !isHex(p.charCodeAt(1))) return false;
  return true;
}

/** A DNS name or similar one-word value (`tailff123.ts.net`, `WORKGROUP.local`). */
export function isDomainLike(s: string): boolean {
  if (s.length === 0 || s.length > 255) return false;
  let letters = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c <= 0x20 || ch === ':' || ch === '(' || ch === ')' || ch === ',' || ch === ';') return false;
    if (ch !== '.' && ch !== '-' && ch !== '_') letters++;
  }
  return letters > 0;
}

/** An address of either family, with or without a status suffix. */
export function isAddressLike(s: string): boolean {
  // Cheap refusal first: an address is hex digits, colons and dots (a zone after `%` may have
  // letters) up to an optional `(status)`; labels such as `DHCP Enabled` fail at the space.
  let zone = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) break;
    if (c === 0x25) zone = true;
    else if (!(isHex(c) || c === 0x3a || c === 0x2e || (zone && hasLetter(s.charAt(i))))) return false;
  }
  const core = splitStatus(s).core;
  return isIpv4(core) || isIpv6(core);
}

/** A value split from its glued status suffix: `192.168.1.5(Preferred)` → core + `Preferred`. */
export interface StatusSplit {
  /** The value without the suffix. */
  core: string;
  /** The word(s) inside the parentheses, or null when there was no suffix. */
  status: string | null;
}

/**
 * Splits a trailing `(word)` off a value. Only short, letter-bearing contents count, so a
 * suffix is recognised by its structure in any language (`(Bevorzugt)`, `(首选)`, `(기본 설정)`).
 */
export function splitStatus(value: string): StatusSplit {
  const v = value.trimEnd();
  if (!v.endsWith(')')) return { core: v, status: null };
  const open = v.lastIndexOf('(');
  if (open <= 0) return { core: v, status: null };
  const inner = v.slice(open + 1, -1).trim();
  if (inner.length === 0 || inner.length > 40 || inner.includes('(') || inner.includes(')')) return { core: v, status: null };
  let letter = false;
  for (const ch of inner) if (ch.toLowerCase() !== ch.toUpperCase() || (ch.codePointAt(0) as number) > 0x2e80) letter = true;
  if (!letter) return { core: v, status: null };
  return { core: v.slice(0, open).trimEnd(), status: inner };
}

/** The kind of an IPv6 address from its prefix. */
export function ipv6KindOf(address: string): IpconfigIpv6Kind {
  const colon = address.indexOf(':');
  const first = colon <= 0 ? '' : address.slice(0, colon);
  if (first.length === 0 || first.length > 4) return 'other';
  const h = parseInt(first, 16);
  if (Number.isNaN(h)) return 'other';
  if ((h & 0xffc0) === 0xfe80) return 'link-local';
  if ((h & 0xffc0) === 0xfec0) return 'site-local';
  if ((h & 0xfe00) === 0xfc00) return 'unique-local';
  if ((h & 0xe000) === 0x2000) return 'global';
  return 'other';
}

/** True when the text has a letter of any script. */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c < 0x80) continue;
    const ch = s.charAt(i);
    if (ch.toLowerCase() !== ch.toUpperCase() || c >= 0x3040) return true;
  }
  return false;
}
