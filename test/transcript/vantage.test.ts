import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/transcript/index.js';
import { readAnnotation, readVantageNote } from '../../src/transcript/vantage.js';

/** `command → vantage key` for every block of a transcript. */
function keys(text: string): string[] {
  return readTranscript(text).value.blocks.map((b) => `${b.command ?? '(bare)'} → ${b.vantage.key}`);
}

function codes(text: string): string[] {
  return readTranscript(text).diagnostics.map((d) => d.code);
}

describe('vantage transitions', () => {
  it.each([
    [
      'debug shell from Windows',
      ['C:\\> wsl --debug-shell', '# ps', 'C:\\> wsl -l -v'],
      ['wsl --debug-shell → windows', 'ps → utility-vm', 'wsl -l -v → windows'],
    ],
    [
      'system distro, exit, back to Windows',
      ['C:\\temp> wsl --system', 'wslg $ id', '$ exit', 'logout', 'C:\\temp> wsl --system -u root', 'root $ id'],
      ['wsl --system → windows', 'id → system-distro', 'exit → system-distro', 'wsl --system -u root → windows', 'id → system-distro'],
    ],
    [
      'a distro by name, and the default distro',
      ['PS C:\\> wsl -d Ubuntu-20.04', '$ ps', '$ exit', 'PS C:\\> wsl', '$ ps'],
      ['wsl -d Ubuntu-20.04 → windows', 'ps → distro:Ubuntu-20.04', 'exit → distro:Ubuntu-20.04', 'wsl → windows', 'ps → distro:(default)'],
    ],
    [
      'a container from Windows, with a job',
      ['C:\\> docker run -it --name net8 --rm img /bin/bash', '# sleep 1 &', '[1] 13', '# exit', 'C:\\> docker ps'],
      ['docker run -it --name net8 --rm img /bin/bash → windows', 'sleep 1 & → container:net8', 'exit → container:net8', 'docker ps → windows'],
    ],
    [
      'unnamed containers of one image are different containers',
      ['$ docker run -it ubuntu', '# exit', '$ docker run -it ubuntu', '# id'],
      ['docker run -it ubuntu → unknown:1', 'exit → container:ubuntu', 'docker run -it ubuntu → unknown:1', 'id → container:ubuntu~2'],
    ],
    [
      'nsenter with a command is one command in the target',
      ['C:\\> wsl --debug-shell', '# nsenter -t 1343 -a ps aux', '# ps aux'],
      ['wsl --debug-shell → windows', 'nsenter -t 1343 -a ps aux → nsenter:1343@utility-vm', 'ps aux → utility-vm'],
    ],
    [
      'nsenter without a command opens a shell until exit',
      ['C:\\> wsl --debug-shell', '# nsenter -t 1343 -a', '# ps', '# exit', '# ps'],
      ['wsl --debug-shell → windows', 'nsenter -t 1343 -a → utility-vm', 'ps → nsenter:1343@utility-vm', 'exit → nsenter:1343@utility-vm', 'ps → utility-vm'],
    ],
    [
      'sudo -i keeps the vantage and allows the prompt to change',
      ['PS C:\\> wsl -d Debian', 'me@box:~$ sudo -i', 'root@box:~# ps', 'root@box:~# exit', 'me@box:~$ ps'],
      ['wsl -d Debian → windows', 'sudo -i → distro:Debian', 'ps → distro:Debian', 'exit → distro:Debian', 'ps → distro:Debian'],
    ],
    [
      'a Linux prompt after a Windows one, with nothing to say where',
      ['C:\\> wsl -l -v', '# ps'],
      ['wsl -l -v → windows', 'ps → unknown:1'],
    ],
    [
      'a prompt style change without a command starts a new unknown vantage',
      ['C:\\> wsl --debug-shell', '# ps', '$ ps'],
      ['wsl --debug-shell → windows', 'ps → utility-vm', 'ps → unknown:1'],
    ],
    [
      'a different user@host is another shell',
      ['me@a:~$ ps', 'me@b:~$ ps'],
      ['ps → unknown:1', 'ps → unknown:2'],
    ],
    [
      'a failed wsl command does not open a shell',
      ['C:\\> wsl --debug-shell', 'The system cannot find the file specified.', 'Error code: Wsl/DebugShell/ERROR_FILE_NOT_FOUND', '# ps'],
      ['wsl --debug-shell → windows', 'ps → unknown:1'],
    ],
    [
      'a bash transcript with no Windows side',
      ['$ ps', '$ ls -l /proc/1/ns/pid'],
      ['ps → unknown:1', 'ls -l /proc/1/ns/pid → unknown:1'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(keys(lines.join('\n'))).toEqual(expected);
  });

  it('keeps the line and text of the event that set the vantage', () => {
    const b = readTranscript('C:\\> wsl --debug-shell\n# ps\n').value.blocks[1];
    expect(b?.vantage).toEqual({
      key: 'utility-vm',
      kind: 'utility-vm',
      name: null,
      targetPid: null,
      parentKey: null,
      mountsTarget: false,
      line: 1,
      via: 'command',
      text: 'C:\\> wsl --debug-shell',
    });
  });

  it('describes an nsenter vantage fully', () => {
    const b = readTranscript('// wslscope: vantage utility-vm\n# nsenter -t 1343 -a ps aux\nPID USER TIME COMMAND\n').value.blocks[0];
    expect(b?.vantage).toMatchObject({ key: 'nsenter:1343@utility-vm', kind: 'nsenter', targetPid: 1343, parentKey: 'utility-vm', mountsTarget: true, via: 'command', line: 2 });
    const p = readTranscript('// wslscope: vantage utility-vm\n# nsenter -t 1343 -p ps aux\n').value.blocks[0];
    expect(p?.vantage).toMatchObject({ mountsTarget: false, targetPid: 1343 });
  });

  it('says when exit has nothing to return to', () => {
    expect(codes('C:\\> exit\n')).toContain('transcript/exit-without-shell');
    expect(keys('$ ps\n$ exit\n$ ps\n')).toEqual(['ps → unknown:1', 'exit → unknown:1', 'ps → unknown:2']);
  });

  it('warns about nsenter without a target', () => {
    const r = readTranscript('# nsenter -a ps\n');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['transcript/nsenter-without-target', 'warning']);
    expect(r.value.blocks[0]?.vantage.key).toBe('nsenter:?1@unknown:1');
  });
});

describe('notes and annotations', () => {
  it.each([
    ['// wslscope: vantage utility-vm', 'utility-vm'],
    ['// wslscope: vantage system-distro', 'system-distro'],
    ['// wslscope: vantage distro Ubuntu-20.04', 'distro:Ubuntu-20.04'],
    ['// wslscope: vantage distro', 'distro:(default)'],
    ['// wslscope: vantage container 013853d881b7', 'container:013853d881b7'],
    ['// WSLSCOPE: Vantage utility-vm', 'utility-vm'],
    ['# wslscope: vantage utility-vm', 'utility-vm'],
    ['// Mariner VM 내에서 실행', 'utility-vm'],
    ['// Mariner VM 환경에서 실행', 'utility-vm'],
    ['// docker-desktop WSL 환경에서 실행', 'distro:docker-desktop'],
    ['// Ubuntu WSL 인스턴스 내에서 실행', 'distro:Ubuntu'],
    ['// "Ubuntu 20.04" WSL 2 인스턴스에서 실행', 'distro:Ubuntu 20.04'],
    ['// WSL 2 Kali Linux 배포판에서 실행', 'distro:Kali Linux'],
    ['// CBL-Mariner 上で実行', 'utility-vm'],
    ['// run inside the utility VM:', 'utility-vm'],
    ['// in docker-desktop:', 'distro:docker-desktop'],
    ['// wsl --system 환경에서 실행', 'system-distro'],
  ])('%s → %s', (note, key) => {
    expect(keys(`${note}\n# ps\n`)).toEqual([`ps → ${key}`]);
  });

  it.each([
    ['a note that does not say "ran here"', '// Ubuntu WSL 인스턴스 내에서 실행한 프로세스 확인'],
    ['a note about launching', '// "wsl -d docker-desktop-data" 명령어로 구동'],
    ['a note naming two places', '// Mariner VM에서 Ubuntu 실행'],
    ['a note with no place', '// 현재 환경의 pid namespace 확인'],
    ['a long note', '// Running 상태의 인스턴스가 "docker-desktop-data" 하나라면 잠시 후에 VM이 자동 종료함 그리고 실행'],
  ])('%s is a plain comment', (_name, note) => {
    const r = readTranscript(`C:\\> wsl --debug-shell\n${note}\n# ps\n`);
    expect(r.value.blocks[1]?.vantage.key).toBe('utility-vm');
    expect(r.value.notes[0]?.kind).toBe('comment');
  });

  it('matches a note against the names wsl -l printed', () => {
    const t = ['C:\\> wsl -l -v', '  NAME            STATE           VERSION', '* Ubuntu-20.04    Running         2', '// "Ubuntu 20.04" WSL 2 인스턴스에서 실행', '$ ps'].join('\n');
    expect(keys(t)).toEqual(['wsl -l -v → windows', 'ps → distro:Ubuntu-20.04']);
  });

  it('applies a note to bare output after it', () => {
    const t = '// wslscope: vantage utility-vm\n  PID USER     TIME  COMMAND\n    1 root      0:02 /init\n';
    const b = readTranscript(t).value.blocks[0];
    expect(b).toMatchObject({ prompt: null, command: null, format: 'ps', formatSource: 'detected', vantage: { key: 'utility-vm', via: 'annotation', line: 1 } });
  });

  it('sets the Windows vantage for bare output', () => {
    const b = readTranscript('// wslscope: vantage windows\nWindows IP Configuration\n').value.blocks[0];
    expect(b).toMatchObject({ format: 'ipconfig', vantage: { key: 'windows', via: 'annotation' } });
  });

  it('forgives a note placed before the command that opens the same place', () => {
    const r = readTranscript('// In the docker-desktop distro:\nc:\\temp> wsl -d docker-desktop\n# ps\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.blocks[1]?.vantage).toMatchObject({ key: 'distro:docker-desktop', via: 'command' });
    expect(codes('// In the docker-desktop distro:\n// wslscope: vantage distro docker-desktop\n# ps\n')).toEqual([]);
    expect(codes('// In the docker-desktop distro:\nc:\\temp> wsl -d Ubuntu\n$ ps\n')).toEqual(['transcript/vantage-note-unused']);
  });

  it('reports a bad annotation and an unused one', () => {
    expect(codes('// wslscope: vantage moon\n# ps\n')).toContain('transcript/bad-annotation');
    expect(codes('// wslscope: vanish\n')).toContain('transcript/bad-annotation');
    expect(codes('// wslscope: vantage utility-vm\nC:\\> ipconfig\n')).toContain('transcript/vantage-note-unused');
  });

  it('reads annotations and notes directly', () => {
    expect(readAnnotation('wslscope: vantage nsenter 1343 mount')).toEqual({ target: { kind: 'nsenter', name: null, targetPid: 1343, mountsTarget: true } });
    expect(readAnnotation('just a comment')).toBeNull();
    expect(readVantageNote(' Mariner VM 내에서 실행', [])).toEqual({ kind: 'utility-vm', name: null, targetPid: null, mountsTarget: false });
  });
});
