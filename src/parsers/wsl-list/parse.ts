/**
 * `parseWslList`: the `wsl.exe --list` family as users paste it — `wsl -l -v` (with or without
 * `--all`/`--running`), `wsl -l`, `-l --all`, `-l --running`, `-l -q`, `--list --online` — in
 * any of the 22 display languages, as UTF-16LE bytes or text damaged by a wrong decode, with
 * prompts and markdown around it; and what `wsl.exe` prints instead of a list: the "no
 * installed distributions" and "no running distributions" messages, usage text of old builds,
 * and `Error code: Wsl/...` lines.
 *
 * Layout facts (microsoft/WSL `src/windows/common/WslClient.cpp`): the `-v` table is English in
 * every language (`  NAME  STATE  VERSION`, `*` marks the default, states Running, Stopped,
 * Installing, Uninstalling, Converting, Exporting); `-l` prints a localized header and a
 * localized suffix on the default row (`Ubuntu (Default)`, `Ubuntu(기본값)`); `-q` prints bare
 * names. Names match `^[a-zA-Z0-9._-]{1,256}$`, so rows are tokenised by white space (which
 * survives edited, misaligned pastes) and anything else is reported, never made a distro.
 *
 * @example
 * parseWslList('  NAME      STATE    VERSION\n* Ubuntu    Running  2\n').value.distros
 * // [{ name: 'Ubuntu', state: 'Running', version: 2, isDefault: true, extra: {}, line: 2 }]
 */
import { diagnostic, makeResult, prepareInput, splitLines, tokenize, type Diagnostic, type ParseResult } from '../../core/index.js';
import { errorCodeLine, isUsageStart, knownLine, looseKey, suffixLocale } from './known-strings.js';
import { isFence, promptCommand, readCommand, stripWrapping, type ListCommand } from './paste.js';
import { despaced, hasEscapedLineBreaks, latin1Utf16Bytes, unescapeLogged, utf16FallbackText, utf8ReadAsUtf16 } from './repair.js';
import type { WslDistro, WslDistroState, WslListError, WslListMessage, WslListOptions, WslListOutput, WslOnlineDistro } from './schema.js';

const NAME = /^[\w.-]{1,256}$/;
const STATES: ReadonlyMap<string, WslDistroState> = new Map(
  (['Running', 'Stopped', 'Installing', 'Uninstalling', 'Converting', 'Exporting'] as const).map((s) => [s.toLowerCase(), s]),
);
const HEADER_WORDS = new Set(['NAME', 'STATE', 'VERSION', 'FRIENDLY']);
// A run of at least this many one-character lines is UTF-16 split at every NUL, not a list.
const ONE_CHAR_RUN = 4;
// Non-space characters a line needs to be taken as spaced-out UTF-16 on its own.
const SPACED_STRONG = 4;

const P = 'wsl-list/';
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;

/** A line after repair: its text and the input line it came from. */
interface Logical {
  line: number;
  text: string;
}

type Form = 'verbose' | 'list' | 'quiet' | 'online';
type Section = 'none' | 'list' | 'verbose' | 'online' | 'message' | 'usage' | 'foreign';

interface PendingLine extends Logical {
  foreign: boolean;
}

interface Listing {
  form: Form;
  defaultName: string | null;
  extraColumns: string[];
}

/** Parses `wsl.exe --list` output (any variant, language, encoding) and WSL error output. Never throws. */
export function parseWslList(input: string | Uint8Array, options?: WslListOptions): ParseResult<WslListOutput> {
  return new WslListParser(input, options).run();
}

class WslListParser {
  private readonly diags: Diagnostic[] = [];
  private readonly distros = new Map<string, WslDistro>();
  private readonly online: WslOnlineDistro[] = [];
  private variant: Form | null = null;
  private message: WslListMessage | null = null;
  private error: WslListError | null = null;
  private locale: string | null = null;
  private section: Section = 'none';
  private command: ListCommand | null = null;
  private listing: Listing | null = null;
  private pending: PendingLine[] = [];
  private openMessage: WslListMessage | null = null;
  private openMessageLines: string[] = [];
  private nonBlank = 0;
  private lines: Logical[] = [];
  private index = 0;
  // The last non-blank line was unknown text (or a bare word rejected next to it).
  private lastWasText = false;
  private runEnd: { until: number; prose: boolean } | null = null;

  constructor(
    private readonly input: string | Uint8Array,
    options: WslListOptions | undefined,
  ) {
    const command = options?.command;
    if (typeof command === 'string' && command.trim() !== '') {
      this.command = readCommand(command);
      this.section = this.command.list ? 'none' : 'foreign';
    }
  }

  run(): ParseResult<WslListOutput> {
    const logical = this.repair();
    this.lines = logical;
    const oneChar = this.findOneCharRuns(logical);
    for (let i = 0; i < logical.length; i++) {
      if (oneChar.has(i)) continue;
      this.index = i;
      this.classify(logical[i] as Logical);
    }
    this.finish();
    const value: WslListOutput = {
      variant: this.variant,
      distros: [...this.distros.values()],
      online: this.online,
      message: this.message,
      error: this.error,
      locale: this.locale,
    };
    return makeResult(value, this.diags);
  }

  // ---- repair: bytes and text damaged on the way into the paste -------------------------------

  private repair(): Logical[] {
    let input = this.input;
    const asText = typeof input === 'string' ? input : input instanceof Uint8Array && input.includes(0) ? new TextDecoder('utf-8').decode(input) : '';
    const latin1 = latin1Utf16Bytes(asText);
    if (latin1 !== null) {
      input = latin1;
      this.diags.push(
        diagnostic('info', `${P}latin1-utf16-recovered`, 'The text had a NUL after every character and its other characters read one byte at a time (UTF-16 output read as Latin-1); it was decoded as UTF-16LE.', 0),
      );
    }
    let prepared = prepareInput(input);
    if (input instanceof Uint8Array && prepared.encoding === 'utf-8') {
      const text = utf16FallbackText(input);
      if (text !== null) {
        prepared = prepareInput(text);
        this.diags.push(
          diagnostic('info', `${P}utf16le-decoded`, 'The bytes were UTF-16LE without byte-order mark (as wsl.exe writes into a pipe), with too few NULs to be sniffed, and were decoded as such.', 0),
        );
      }
    }
    this.diags.push(...prepared.diagnostics);
    const escapedNuls = prepared.diagnostics.some((d) => d.code === 'input/escaped-nul-recovered');
    const raw: Logical[] = [];
    let mojibake: number[] = [];
    let escaped: number[] = [];
    let spaced: number[] = [];
    for (const src of prepared.lines) {
      let parts = [src.text];
      const reread = utf8ReadAsUtf16(src.text);
      if (reread !== null) {
        parts = splitLines(reread);
        mojibake.push(src.number);
      } else if (hasEscapedLineBreaks(src.text) && (escapedNuls || src.text.includes('\\r\\r\\n'))) {
        const u = unescapeLogged(src.text);
        parts = splitLines(u.text);
        escaped.push(src.number);
        if (u.prefix !== '' || u.suffix !== '') {
          this.diags.push(
            diagnostic('info', `${P}log-wrapper-skipped`, 'Text around the logged string (a log prefix or concatenation) was skipped.', src.number, {
              excerpt: [u.prefix, u.suffix].filter((x) => x !== '').join(' … '),
            }),
          );
        }
      }
      // Recovered text did not pass the core's clean-up: no-break spaces are spaces here too.
      const recovered = parts[0] !== src.text;
      for (const part of parts) raw.push({ line: src.number, text: (recovered ? part.replace(ODD_SPACES, ' ') : part).trimEnd() });
    }
    // Short spaced lines (`| .`) occur in ordinary text; trust them only next to a clear case.
    const candidates = raw.map((l) => despaced(l.text));
    const strong = candidates.some((c) => c !== null && c.chars >= SPACED_STRONG);
    const out: Logical[] = raw.map((l, i) => {
      const c = candidates[i];
      if (c === null || c === undefined || (!strong && c.chars < SPACED_STRONG)) return l;
      spaced.push(l.line);
      return { line: l.line, text: c.text };
    });
    mojibake = unique(mojibake);
    escaped = unique(escaped);
    spaced = unique(spaced);
    if (mojibake.length > 0) {
      this.diags.push(
        diagnostic('info', `${P}utf8-as-utf16-recovered`, `${count(mojibake.length, 'line')} looked like UTF-8 output read as UTF-16 (WSL_UTF8=1 with a reader expecting UTF-16); the text was recovered.`, mojibake[0] as number),
      );
    }
    if (escaped.length > 0) {
      this.diags.push(
        diagnostic('info', `${P}escapes-decoded`, `${count(escaped.length, 'line')} held a logged string with escaped line breaks; the escapes were decoded.`, escaped[0] as number),
      );
    }
    if (spaced.length > 0) {
      this.diags.push(
        diagnostic('info', `${P}spaced-text-recovered`, `${count(spaced.length, 'line')} had a space after every character (UTF-16 output shown with its NULs as spaces); the text was recovered.`, spaced[0] as number),
      );
    }
    return out;
  }

  /** Indexes of logical lines in runs of one-character lines (UTF-16 split at every NUL). */
  private findOneCharRuns(lines: Logical[]): Set<number> {
    const out = new Set<number>();
    let run: number[] = [];
    const close = () => {
      if (run.length >= ONE_CHAR_RUN) {
        const first = lines[run[0] as number] as Logical;
        const last = lines[run[run.length - 1] as number] as Logical;
        const chars = run.map((i) => (lines[i] as Logical).text.trim()).join('');
        this.diags.push(
          diagnostic(
            'error',
            `${P}one-char-per-line`,
            `Lines ${first.line}–${last.line} hold one character each: wsl.exe's UTF-16 output split at every NUL (as \`more\` or a byte-wise reader shows it); its line breaks cannot be recovered. Set WSL_UTF8=1 or decode the bytes as UTF-16LE.`,
            first.line,
            { excerpt: chars },
          ),
        );
        for (const i of run) out.add(i);
      }
      run = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const t = (lines[i] as Logical).text.trim();
      if (t === '') continue;
      if (t.length === 1 || (t.length === 2 && t.codePointAt(0) !== t.charCodeAt(0))) run.push(i);
      else close();
    }
    close();
    return out;
  }

  // ---- classification --------------------------------------------------------------------------

  private classify(l: Logical): void {
    if (l.text.trim() === '') return;
    this.nonBlank++;
    const pendingBefore = this.pending.length;
    const wasText = this.lastWasText;
    this.lastWasText = false;
    this.classifyLine(l, wasText);
    if (this.pending.length > pendingBefore && this.pending[this.pending.length - 1]?.foreign === false) this.lastWasText = true;
  }

  private classifyLine(l: Logical, afterText: boolean): void {
    let text = l.text;
    if (isFence(text)) {
      this.endBlock();
      this.info('markdown-fence-skipped', 'A markdown code fence was skipped.', l);
      return;
    }
    let prompt = promptCommand(text);
    const unwrapped = stripWrapping(text);
    if (prompt === null && unwrapped.removed.length > 0) prompt = promptCommand(unwrapped.text);
    if (prompt !== null) {
      this.endBlock();
      this.command = readCommand(prompt);
      this.section = this.command.list || prompt === '' ? 'none' : 'foreign';
      this.info('prompt-skipped', 'A shell prompt with its command was skipped.', l);
      return;
    }
    if (unwrapped.removed.length > 0) {
      text = unwrapped.text;
      this.info('markup-removed', `Paste markup (${unwrapped.removed.join(', ')}) was removed from this line.`, l);
      if (text.trim() === '') return;
    }
    const t = text.trim();
    if (t.startsWith('//')) {
      this.info('comment-skipped', 'A `//` note line was skipped.', l);
      return;
    }
    const line: Logical = { line: l.line, text };

    const code = errorCodeLine(t);
    if (code !== null) return this.takeError(line, code.code, code.locale);

    const key = looseKey(t);
    const known = knownLine(t, key);
    if (known?.kind === 'header') return this.startListing('list', known.locale);
    const tokens = words(t);
    if (tokens.length >= 3 && eq(tokens[0], 'NAME') && eq(tokens[1], 'STATE') && eq(tokens[2], 'VERSION')) {
      return this.startListing('verbose', null, tokens.slice(3));
    }
    if (tokens.length === 3 && eq(tokens[0], 'NAME') && eq(tokens[1], 'FRIENDLY') && eq(tokens[2], 'NAME')) {
      return this.startListing('online', null);
    }

    switch (this.section) {
      case 'message':
      case 'usage':
        this.openMessageLines.push(t);
        if (this.openMessage) this.openMessage.endLine = line.line;
        return;
      case 'foreign':
        this.pending.push({ ...line, foreign: true });
        return;
      default:
    }

    if (known !== undefined && known.kind !== 'online-preamble') {
      this.endBlock();
      this.noteLocale(known.locale);
      this.openMessageBlock(known.kind, line);
      if (known.kind === 'no-running-distributions') this.endBlock();
      return;
    }
    if (isUsageStart(t, key)) {
      this.endBlock();
      this.openMessageBlock('usage', line);
      this.section = 'usage';
      return;
    }

    if (this.section === 'list' && this.listRow(line, t)) return;
    if (this.section === 'verbose' && this.verboseRow(line, tokens)) return;
    if (this.section === 'online' && this.onlineRow(line, t, tokens)) return;
    if (this.section !== 'none') this.section = 'none';
    if (this.headerlessRow(line, t, tokens, afterText)) return;
    if (this.section === 'none' && looksLikeListHeader(t)) {
      this.info('unknown-header', 'This line looks like a `wsl -l` header in a wording not known; it was taken as one.', line);
      return this.startListing('list', null);
    }
    this.pending.push({ ...line, foreign: false });
  }

  private startListing(form: Form, locale: string | null, extraColumns: string[] = []): void {
    // The `--online` preamble is the unknown text just before its header.
    const preamble = form === 'online' ? this.takePending() : [];
    this.endBlock();
    this.section = form === 'quiet' ? 'none' : form;
    this.listing = { form, defaultName: null, extraColumns };
    this.variant ??= form;
    if (locale !== null) this.noteLocale(locale);
    for (const p of preamble) {
      const k = knownLine(p.text);
      if (k?.kind === 'online-preamble') this.noteLocale(k.locale);
      this.info('online-preamble', 'A line of the `wsl --list --online` preamble was skipped.', p);
    }
  }

  /** Rows that appear without a header: a `-v` row, a `-l` row with a suffix, or a bare `-q` name. */
  private headerlessRow(l: Logical, t: string, tokens: string[], afterText: boolean): boolean {
    const verbose = parseVerbose(tokens);
    if (verbose !== null && verbose.kind === 'row') {
      this.beginHeaderless('verbose', l);
      this.verboseRow(l, tokens);
      return true;
    }
    const row = parseListRow(t);
    if (row !== null && row.suffix !== null) {
      this.beginHeaderless('list', l);
      return this.listRow(l, t);
    }
    if (row !== null && tokens.length === 1) {
      // After `wsl -l -v` or `--online` a bare word is not a row of that command.
      if (this.command?.list && (this.command.verbose || this.command.online)) return false;
      if (HEADER_WORDS.has(t)) {
        this.warn('header-word', `\`${t}\` is a header word of the \`-v\` table, not a distribution.`, l);
        return true;
      }
      // Without a `wsl -l` prompt before them, bare words next to prose are prose (a title, a date).
      if (!this.command?.list && (afterText || this.runEndsInProse())) {
        this.warn('stray-word', `\`${t}\` stands next to text that is not wsl.exe output; it was not taken as a \`wsl -l -q\` row.`, l);
        this.lastWasText = true;
        return true;
      }
      const form: Form = this.command?.list && !this.command.quiet && !this.command.verbose ? 'list' : 'quiet';
      if (this.listing === null || this.listing.form !== form || this.section !== 'none') this.beginHeaderless(form, l);
      this.addDistro({ name: row.name, state: null, version: null, isDefault: form === 'list' ? false : null, extra: {}, line: l.line }, form);
      return true;
    }
    return false;
  }

  /** True when the run of bare names at the current line is followed by prose (scanned once per run). */
  private runEndsInProse(): boolean {
    if (this.runEnd !== null && this.runEnd.until > this.index) return this.runEnd.prose;
    let i = this.index + 1;
    let prose = false;
    for (; i < this.lines.length; i++) {
      const t = (this.lines[i] as Logical).text.trim();
      if (t === '' || NAME.test(t)) continue;
      prose = isProse(t);
      break;
    }
    this.runEnd = { until: i, prose };
    return prose;
  }

  private beginHeaderless(form: Form, l: Logical): void {
    if (this.listing !== null && this.listing.form === form && (this.section === form || (form === 'quiet' && this.section === 'none'))) return;
    this.startListing(form, null);
    if (form !== 'quiet') {
      this.info('missing-header', `These \`${form === 'verbose' ? 'wsl -l -v' : 'wsl -l'}\` rows have no header line; they were read by their shape.`, l);
    }
  }

  private listRow(l: Logical, t: string): boolean {
    const row = parseListRow(t);
    if (row === null) {
      if (!/\s/.test(t)) {
        this.warn('invalid-name', `\`${t}\` is not a valid distribution name (letters, digits, \`.\`, \`_\`, \`-\`); it was not taken as one.`, l);
        return true;
      }
      return false;
    }
    if (row.suffix !== null) {
      const locale = suffixLocale(row.suffix);
      if (locale !== undefined) this.noteLocale(locale);
      else this.info('unknown-default-suffix', `The suffix \`${row.suffix}\` is not a known wording of "(Default)"; it was taken as the default marker.`, l);
    }
    this.addDistro({ name: row.name, state: null, version: null, isDefault: row.suffix !== null, extra: {}, line: l.line }, 'list');
    return true;
  }

  private verboseRow(l: Logical, tokens: string[]): boolean {
    const row = parseVerbose(tokens);
    if (row === null) return false;
    if (row.kind === 'invalid') {
      this.warn('invalid-name', `\`${row.name}\` is not a valid distribution name (letters, digits, \`.\`, \`_\`, \`-\`); the row was not taken as a distribution.`, l);
      return true;
    }
    const extra: Record<string, string> = {};
    if (row.kind === 'short') this.warn('short-row', `The row for \`${row.name}\` has no STATE or VERSION cell.`, l);
    if (row.state === null && row.stateText !== null) {
      extra['STATE'] = row.stateText;
      this.warn('unknown-state', `\`${row.stateText}\` is not a state wsl.exe prints; the state was left null.`, l);
    }
    let version: 1 | 2 | null = null;
    if (row.versionText === '1' || row.versionText === '2') version = row.versionText === '1' ? 1 : 2;
    else if (row.versionText !== null) {
      extra['VERSION'] = row.versionText;
      this.warn('unknown-version', `\`${row.versionText}\` is not a WSL version (1 or 2); the version was left null.`, l);
    } else if (row.kind !== 'short') this.warn('short-row', `The row for \`${row.name}\` has no VERSION cell.`, l);
    const names = this.listing?.extraColumns ?? [];
    row.rest.forEach((cell, i) => {
      extra[names[i] ?? `col${i + 4}`] = cell;
    });
    if (row.rest.length > names.length) this.warn('extra-cells', 'The row has more cells than the header; they were kept in `extra`.', l);
    this.addDistro({ name: row.name, state: row.state, version, isDefault: row.isDefault, extra, line: l.line }, 'verbose');
    return true;
  }

  private onlineRow(l: Logical, t: string, tokens: string[]): boolean {
    const name = tokens[0];
    if (name === undefined || !NAME.test(name)) return false;
    this.flushPending();
    const rest = t.slice(name.length).trim();
    const row: WslOnlineDistro = { name, friendlyName: rest === '' ? null : rest, line: l.line };
    this.online.push(row);
    return true;
  }

  private addDistro(row: { name: string; state: WslDistroState | null; version: 1 | 2 | null; isDefault: boolean | null; extra: Record<string, string>; line: number }, form: Form): void {
    this.flushPending();
    let state = row.state;
    if (state === null && this.command?.running && (form === 'list' || form === 'quiet')) state = 'Running';
    let isDefault = row.isDefault;
    const listing = this.listing;
    if (isDefault === true && listing !== null) {
      if (listing.defaultName !== null && listing.defaultName.toLowerCase() !== row.name.toLowerCase()) {
        this.warn('multiple-defaults', `\`${row.name}\` is marked default, but \`${listing.defaultName}\` already is in this listing; only the first is kept as default.`, { line: row.line, text: row.name });
        isDefault = false;
      } else {
        listing.defaultName = row.name;
        // A later listing's default replaces an earlier one (the default may have changed between commands).
        for (const d of this.distros.values()) if (d.name.toLowerCase() !== row.name.toLowerCase()) d.isDefault = false;
      }
    }
    const key = row.name.toLowerCase();
    const existing = this.distros.get(key);
    if (existing === undefined) {
      this.distros.set(key, { name: row.name, state, version: row.version, isDefault: isDefault ?? false, extra: row.extra, line: row.line });
      return;
    }
    this.diags.push(
      diagnostic('info', `${P}distro-repeated`, `\`${existing.name}\` is listed again at line ${row.line}; the values of the later row are used.`, existing.line, {
        excerpt: existing.name,
      }),
    );
    existing.name = row.name;
    if (state !== null) existing.state = state;
    if (row.version !== null) existing.version = row.version;
    if (isDefault !== null) existing.isDefault = isDefault;
    existing.extra = { ...existing.extra, ...row.extra };
    existing.line = row.line;
  }

  // ---- messages and errors ---------------------------------------------------------------------

  private openMessageBlock(kind: WslListMessage['kind'], l: Logical): void {
    this.openMessage = { kind, text: '', line: l.line, endLine: l.line };
    this.openMessageLines = [l.text.trim()];
    this.section = 'message';
  }

  private closeMessage(): void {
    const m = this.openMessage;
    if (m === null) return;
    m.text = this.openMessageLines.join('\n');
    if (this.message === null) this.message = m;
    else this.warn('extra-message', `A second message (${m.kind}) was found; only the first is kept in \`message\`.`, { line: m.line, text: m.text });
    this.openMessage = null;
    this.openMessageLines = [];
  }

  private takeError(l: Logical, code: string, locale: string | null): void {
    const wasForeign = this.section === 'foreign';
    if (this.error !== null) {
      // Only the first error is kept; the text before a later one is reported line by line.
      this.endBlock();
      this.warn('extra-error', `A second error code (${code}) was found; only the first is kept in \`error\`.`, l);
      this.section = wasForeign ? 'foreign' : 'none';
      return;
    }
    if (locale !== null) this.noteLocale(locale);
    let text: string | null = null;
    let start = l.line;
    if (this.openMessage !== null) {
      text = this.openMessageLines.join('\n');
      start = this.openMessage.line;
    } else if (this.pending.length > 0) {
      const pending = this.takePending();
      text = pending.map((p) => p.text.trim()).join('\n');
      start = (pending[0] as PendingLine).line;
    }
    this.endBlock();
    this.error = { message: text, code, line: start, endLine: l.line };
    this.section = wasForeign ? 'foreign' : 'none';
  }

  /** Ends the current message, listing section and unknown-text run. */
  private endBlock(): void {
    this.closeMessage();
    this.flushPending();
    if (this.section !== 'foreign') this.section = 'none';
    this.listing = null;
  }

  private takePending(): PendingLine[] {
    const p = this.pending;
    this.pending = [];
    return p;
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    for (const p of this.takePending()) {
      if (p.foreign) this.info('other-command-output', 'This line is output of a command other than `wsl --list`; it was skipped.', p);
      else this.warn('unrecognized-line', 'This line is not part of a wsl.exe listing or a known message; it was skipped.', p);
    }
  }

  private finish(): void {
    this.endBlock();
    const found = this.distros.size > 0 || this.online.length > 0 || this.message !== null || this.error !== null || this.variant !== null;
    if (this.nonBlank === 0 && !this.diags.some((d) => d.severity === 'error')) {
      this.diags.push(diagnostic('info', `${P}empty`, 'The input is empty (`wsl -l -q --running` prints nothing when no distribution runs).', 0));
    } else if (!found && !this.diags.some((d) => d.severity === 'error')) {
      this.diags.push(diagnostic('error', `${P}no-listing`, 'No wsl.exe listing, message or error code was found in the input.', 0));
    }
  }

  private noteLocale(locale: string): void {
    this.locale ??= locale;
  }

  private info(code: string, message: string, l: Logical): void {
    this.diags.push(diagnostic('info', `${P}${code}`, message, l.line, { excerpt: l.text.trim() }));
  }

  private warn(code: string, message: string, l: Logical): void {
    this.diags.push(diagnostic('warning', `${P}${code}`, message, l.line, { excerpt: l.text.trim() }));
  }
}

// ---- row shapes ----------------------------------------------------------------------------------

function words(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

function eq(word: string | undefined, expected: string): boolean {
  return word !== undefined && word.toUpperCase() === expected;
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A `wsl -l` row: a name, optionally followed by one parenthesised suffix (the default marker). */
function parseListRow(text: string): { name: string; suffix: string | null } | null {
  const t = text.trim();
  let end = 0;
  while (end < t.length && isNameChar(t.charCodeAt(end))) end++;
  if (end === 0 || end > 256) return null;
  const name = t.slice(0, end);
  const rest = t.slice(end).trim();
  if (rest === '') return { name, suffix: null };
  const open = rest[0];
  const close = rest[rest.length - 1];
  if ((open !== '(' && open !== '（') || (close !== ')' && close !== '）') || rest.length < 3) return null;
  const inner = rest.slice(1, -1);
  if (/[()（）]/.test(inner)) return null;
  return { name, suffix: rest };
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 95;
}

type VerboseRow =
  | { kind: 'row' | 'short'; name: string; isDefault: boolean; state: WslDistroState | null; stateText: string | null; versionText: string | null; rest: string[] }
  | { kind: 'invalid'; name: string };

/**
 * A `wsl -l -v` row by its tokens: `[*] NAME STATE VERSION [more…]`. Row-like when marked `*`,
 * when a known state word follows the name, or when a number stands in the VERSION place; a
 * lone valid name is a short row. Names with spaces (edited pastes) make an invalid row.
 */
function parseVerbose(tokens: string[]): VerboseRow | null {
  let ws = tokens;
  let isDefault = false;
  if (ws[0] === '*') {
    isDefault = true;
    ws = ws.slice(1);
  } else if (ws[0] !== undefined && ws[0].startsWith('*') && ws[0].length > 1) {
    isDefault = true;
    ws = [ws[0].slice(1), ...ws.slice(1)];
  }
  if (ws.length === 0) return isDefault ? { kind: 'invalid', name: '*' } : null;
  let stateAt = -1;
  for (let i = 1; i < ws.length; i++) {
    if (STATES.has((ws[i] as string).toLowerCase())) {
      stateAt = i;
      break;
    }
  }
  if (stateAt > 0) {
    const name = ws.slice(0, stateAt).join(' ');
    if (stateAt > 1 || !NAME.test(name)) return { kind: 'invalid', name };
    const state = STATES.get((ws[stateAt] as string).toLowerCase()) ?? null;
    return { kind: 'row', name, isDefault, state, stateText: null, versionText: ws[stateAt + 1] ?? null, rest: ws.slice(stateAt + 2) };
  }
  const name = ws[0] as string;
  if (ws.length >= 3 && /^\d+$/.test(ws[2] as string)) {
    if (!NAME.test(name)) return { kind: 'invalid', name };
    return { kind: 'row', name, isDefault, state: null, stateText: ws[1] as string, versionText: ws[2] as string, rest: ws.slice(3) };
  }
  if (ws.length === 1 && NAME.test(name)) return { kind: 'short', name, isDefault, state: null, stateText: null, versionText: null, rest: [] };
  if (isDefault) return { kind: 'invalid', name: ws.join(' ') };
  return null;
}

/** A line that is none of the shapes this parser knows: prose around a paste. */
function isProse(text: string): boolean {
  if (isFence(text) || promptCommand(text) !== null) return false;
  const t = stripWrapping(text).text.trim();
  if (t === '' || t.startsWith('//')) return false;
  if (errorCodeLine(t) !== null || knownLine(t) !== undefined || isUsageStart(t) || looksLikeListHeader(t)) return false;
  const tokens = words(t);
  if (eq(tokens[0], 'NAME')) return false;
  if (parseListRow(t) !== null) return false;
  return parseVerbose(tokens)?.kind !== 'row';
}

/** An unknown wording of the `wsl -l` header: a short line about Windows/Linux ending in a colon. */
function looksLikeListHeader(t: string): boolean {
  if (t.length > 120) return false;
  const last = t[t.length - 1];
  if (last !== ':' && last !== '：') return false;
  const key = looseKey(t);
  return key.includes('windows') || key.includes('linux') || key.includes('wsl');
}
