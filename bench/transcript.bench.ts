/**
 * Benchmark of readTranscript on generated sessions: many short commands with prose and notes
 * between them (a long blog), one huge `ps aux` output (a single block, checked line by line
 * for prose), and a bare paste with no prompt (format detection); each compared with a bare
 * `text.split('\n')` of the same text in the same process.
 */
import { readTranscript } from '../src/transcript/index.js';
import { time } from './measure.js';

function blogSession(blocks: number): string {
  const out: string[] = [];
  for (let i = 0; i < blocks; i++) {
    const pid = 1000 + i;
    switch (i % 6) {
      case 0:
        out.push('c:\\temp> wsl --debug-shell', '// Mariner VM 내에서 실행');
        break;
      case 1:
        out.push(`# ps aux | grep [s]leep`, `wslg ${pid} 0.0 0.0 7240 588 ? S 05:40 0:00 sleep ${pid}`);
        break;
      case 2:
        out.push(`# cat /proc/${pid}/status | grep NSpid`, `NSpid: ${pid} ${pid % 97} ${pid % 13}`);
        break;
      case 3:
        out.push(`# ls -l /proc/${pid}/ns/pid`, `lrwxrwxrwx 1 root root 0 Oct 17 01:11 /proc/${pid}/ns/pid -> 'pid:[${4026531836 + (i % 40)}]'`);
        break;
      case 4:
        out.push('그다음 debug shell로 연결한 환경에서 저 프로세스를 확인하면,');
        break;
      default:
        out.push(`# lsns -t pid ${4026532257 + (i % 9)}`, 'PID PPID USER COMMAND', `${pid} ${pid - 1} root /init`, `${pid + 1} ${pid} root \`-sleep ${pid}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function hugePs(rows: number, prompt: boolean): string {
  const out = prompt ? ['# ps aux', 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'] : [];
  for (let i = 0; i < rows; i++) out.push(`root     ${String(i + 1).padStart(7)}  0.0  0.0  18520  3432 pts/0    Ss   00:52   0:00 /usr/bin/process-${i} --flag=${i % 7}`);
  return `${out.join('\n')}\n`;
}

/** Prints one line per case: size, parse and split times, MB/s and the ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string, number][] = [
    ['blog session ×30k commands', blogSession(30_000), -1],
    ['one ps aux block ×100k rows', hugePs(100_000, true), 1],
    ['bare ps rows ×100k (detected)', hugePs(100_000, false), 1],
  ];
  for (const [label, text, expectBlocks] of cases) {
    const mb = new TextEncoder().encode(text).length / 1e6;
    let blocks = 0;
    const parse = time(() => {
      blocks = readTranscript(text).value.blocks.length;
    }, 5);
    const split = time(() => text.split('\n').length, 5);
    if (expectBlocks >= 0 && blocks !== expectBlocks) throw new Error(`${label}: expected ${expectBlocks} blocks, got ${blocks}`);
    console.log(`${label}: ${mb.toFixed(1)} MB, parse ${parse.toFixed(0)} ms (${(mb / (parse / 1000)).toFixed(0)} MB/s), split ${split.toFixed(1)} ms, ratio ${(parse / split).toFixed(1)}×`);
  }
}
