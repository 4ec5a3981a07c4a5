/**
 * Runs a command and measures it the way the benchmark reports: wall seconds, CPU seconds and peak
 * memory of the whole process tree (Node plus the Pagefind binary it starts), sampled from /proc
 * every 100 ms (CPU also from /usr/bin/time when installed). Output lines
 * are kept with the time they arrived, so a phase that announces itself can be split off.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sample { at: number; bytes: number }
export interface Line { at: number; text: string }

export interface Measured {
  seconds: number;
  /** User + system CPU of the command and everything it started; undefined without /usr/bin/time. */
  cpuSeconds?: number;
  peakBytes: number;
  samples: Sample[];
  lines: Line[];
  started: number;
  exitCode: number;
  output: string;
}

const PAGE = 4096;
const TIME = '/usr/bin/time';

interface ProcInfo { ppid: number; cpuTicks: number }

/** Parent pid and CPU ticks used so far (user + system) of every process now running. */
function processes(): Map<number, ProcInfo> {
  const map = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces or parentheses: fields start after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone already
    }
  }
  return map;
}

/** Resident bytes of `root` and all its descendants, and the CPU ticks each has used so far. */
export function treeUsage(root: number): { bytes: number; cpuTicks: Map<number, number> } {
  const all = processes();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of all) if (!tree.has(pid) && tree.has(ppid)) tree.add(pid), (grew = true);
  }
  let bytes = 0;
  const cpuTicks = new Map<number, number>();
  for (const pid of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      cpuTicks.set(pid, all.get(pid)?.cpuTicks ?? 0);
    } catch {
      // exited between the two reads
    }
  }
  return { bytes, cpuTicks };
}

export const treeRss = (root: number) => treeUsage(root).bytes;

/** Clock ticks per second of /proc's CPU figures (USER_HZ, 100 on Linux). */
const TICKS = 100;

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Measured> {
  const timeFile = join(mkdtempSync(join(tmpdir(), 'kb-bench-')), 'time');
  const timed = existsSync(TIME);
  const [file, argv] = timed ? [TIME, ['-f', '%e %U %S', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const samples: Sample[] = [];
  const lines: Line[] = [];
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const at = performance.now() - started;
    for (const line of text.split('\n')) if (line.trim()) lines.push({ at, text: line });
    if (options.echo) process.stderr.write(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  // CPU per process as last seen: the Pagefind service is never waited for by Node, so
  // /usr/bin/time does not count it; the samples do (to within the last 100 ms of each process).
  const cpuSeen = new Map<number, number>();
  const sampler = setInterval(() => {
    const usage = treeUsage(child.pid!);
    samples.push({ at: performance.now() - started, bytes: usage.bytes });
    for (const [pid, ticks] of usage.cpuTicks) cpuSeen.set(pid, Math.max(ticks, cpuSeen.get(pid) ?? 0));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const sampled = [...cpuSeen.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS;
      let cpuSeconds: number | undefined = sampled || undefined;
      if (timed && existsSync(timeFile)) {
        const [, user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
        // /usr/bin/time sees the whole life of waited-for processes; the samples see the rest.
        if (Number.isFinite(user + system)) cpuSeconds = Math.max(user + system, sampled);
      }
      resolve({ seconds, cpuSeconds, peakBytes: Math.max(0, ...samples.map((s) => s.bytes)), samples, lines, started, exitCode: code ?? 1, output });
    });
  });
}

/** Peak bytes among samples taken in [from, to) milliseconds after the start. */
export function peakBetween(samples: Sample[], from: number, to = Infinity): number {
  return Math.max(0, ...samples.filter((s) => s.at >= from && s.at < to).map((s) => s.bytes));
}

/** Fails loudly with the command's own output when it did not succeed. */
export function succeeded(what: string, measured: Measured): Measured {
  if (measured.exitCode !== 0) throw new Error(`${what} failed (exit ${measured.exitCode}):\n${measured.output.slice(-4000)}`);
  return measured;
}
