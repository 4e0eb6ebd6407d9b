/**
 * The generated hnsdiag fixtures (where no real paste exists): each file in
 * `test/fixtures/hnsdiag/generated--*` is rendered from {@link WSL_HNS_MODEL} by the renderer.
 * `generated-fixtures.test.ts` checks the files still match; `UPDATE_HNSDIAG_FIXTURES=1`
 * rewrites them.
 */
import { WSL_HNS_MODEL, renderHnsdiagJson, renderHnsdiagRecords, renderHnsdiagTable } from '../../support/render-hnsdiag.js';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

const tableText = renderHnsdiagTable(WSL_HNS_MODEL, { command: 'C:\\WINDOWS\\system32>hnsdiag list all' });
const recordText = `C:\\WINDOWS\\system32>hnsdiag list all\n${renderHnsdiagRecords(WSL_HNS_MODEL)}`;
// As WSL's diagnostics/networking.bat prints it: a title, then `hnsdiag list all -df`, cut off.
const jsonText = `HNS objects:\n${renderHnsdiagJson(WSL_HNS_MODEL, { truncateLastObjectAfter: 5 })}`;

/** File name → bytes. */
export const GENERATED_FIXTURES: Record<string, Uint8Array> = {
  'generated--list-all-table-wsl.txt': utf8(crlf(tableText)),
  'generated--list-all-record-wsl.txt': utf8(crlf(recordText)),
  'generated--list-all-df-wsl-truncated.txt': utf8(jsonText),
  'generated--list-all-df-wsl-truncated-crlf.txt': utf8(crlf(jsonText)),
  // PowerShell 5.1 `>` writes UTF-16LE with a BOM; wsl.exe-style pipes drop it: keep the harder one.
  'generated--list-all-df-wsl-truncated-utf16le.bin': utf16le(crlf(jsonText)),
};
