/** Test helper: text as UTF-16LE bytes — what `wsl.exe` writes into a pipe — optionally with a BOM. */
export function utf16le(text: string, options: { bom?: boolean } = {}): Uint8Array {
  const offset = options.bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (options.bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[offset + 2 * i] = c & 0xff;
    out[offset + 2 * i + 1] = c >> 8;
  }
  return out;
}
