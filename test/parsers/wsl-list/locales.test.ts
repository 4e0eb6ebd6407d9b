/**
 * Every shipped locale's strings (from microsoft/WSL `localization/strings`, see
 * `src/parsers/wsl-list/strings.ts`) are recognised: the `-l` header and default suffix, the
 * "no running distributions" and "no installed distributions" messages, the error-code label
 * and the `--online` preamble.
 */
import { describe, expect, it } from 'vitest';
import { parseWslList } from '../../../src/parsers/wsl-list/index.js';
import { WSL_LOCALES } from '../../../src/parsers/wsl-list/strings.js';
import { renderWslList, renderWslListOnline, toUtf16le } from '../../support/render-wsl-list.js';

const locales = WSL_LOCALES.map((l) => [l.locale, l] as const);
// en-GB prints the same strings as en-US; the locale hint names the first match.
const hint = (locale: string) => (locale === 'en-GB' ? 'en-US' : locale);

describe.each(locales)('%s', (locale, s) => {
  it('-l header and default suffix', () => {
    const text = renderWslList(
      [
        { name: 'docker-desktop', state: 'Stopped', version: 2, isDefault: false },
        { name: 'Ubuntu-24.04', state: 'Running', version: 2, isDefault: true },
      ],
      locale,
    );
    for (const input of [text, toUtf16le(text)]) {
      const r = parseWslList(input);
      expect(r.value.distros.map((d) => [d.name, d.isDefault])).toEqual([
        ['docker-desktop', false],
        ['Ubuntu-24.04', true],
      ]);
      expect(r.value.variant).toBe('list');
      expect(r.value.locale).toBe(hint(locale));
      expect(r.diagnostics.filter((d) => !d.code.startsWith('input/'))).toEqual([]);
    }
  });

  it('no running distributions', () => {
    for (const input of [`${s.noRunning}\r\n`, toUtf16le(`${s.noRunning}\r\n`)]) {
      const r = parseWslList(input);
      expect(r.value.message).toEqual({ kind: 'no-running-distributions', text: s.noRunning.replace(/\u00a0/g, ' '), line: 1, endLine: 1 });
      expect(r.value.distros).toEqual([]);
      expect(r.ok).toBe(true);
    }
  });

  it('no installed distributions and the error code in its language', () => {
    const r = parseWslList(`${s.noDistributions}\r\r\n${s.errorLabel} Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND\r\n`);
    expect(r.value.message?.kind).toBe('no-distributions');
    expect(r.value.error).toMatchObject({ code: 'Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND', line: 1, endLine: 2 });
    expect(r.value.distros).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('error label with a non-Wsl code', () => {
    expect(parseWslList(`${s.errorLabel} 0x8007019e\n`).value.error?.code).toBe('0x8007019e');
  });

  it('--online preamble', () => {
    const r = parseWslList(renderWslListOnline([{ name: 'Ubuntu', friendlyName: 'Ubuntu' }], locale));
    expect(r.value.online).toEqual([{ name: 'Ubuntu', friendlyName: 'Ubuntu', line: 5 }]);
    expect(r.value.locale).not.toBeNull();
  });
});
