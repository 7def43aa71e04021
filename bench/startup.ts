/**
 * Benchmark: CLI start-up. Runs the built CLI N times per command as a fresh process and prints the
 * median (and min/max) wall time, CPU time (user + sys) and peak memory, next to a bare `node -e 0`,
 * the floor no CLI can go below. Wall times on a busy machine are noisy: compare CPU times, or run
 * when the machine is idle.
 * Run: npm run bench:startup      (options: BENCH_RUNS=21, BENCH_NODE=/path/to/node)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env['BENCH_RUNS'] ?? 21);
const node = process.env['BENCH_NODE'] ?? process.execPath;
const CLI = 'dist/cli/main.js';
const GNU_TIME = '/usr/bin/time';

const cases: { label: string; args: string[] }[] = [
  { label: 'node -e 0 (floor)', args: ['-e', '0'] },
  { label: 'bulwark --help', args: [CLI, '--help'] },
  { label: 'bulwark --version', args: [CLI, '--version'] },
  { label: 'bulwark scan --help', args: [CLI, 'scan', '--help'] },
  { label: 'bulwark checks', args: [CLI, 'checks'] },
];

interface Sample {
  wallMs: number;
  cpuMs?: number;
  peakKb?: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'bulwark-bench-startup-'));
const timeFile = join(scratch, 'time.txt');

/** One run; with GNU time, its own accounting of the child's CPU and peak RSS. */
function once(args: string[]): Sample {
  const timed = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, node, ...args], { stdio: 'ignore' })
    : spawnSync(node, args, { stdio: 'ignore' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${r.status}`);
  if (!timed) return { wallMs };
  const [user, sys, peak] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, peakKb: peak ?? 0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const stats = (xs: number[]) => `${median(xs).toFixed(0).padStart(6)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
const version = spawnSync(node, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) throw new Error(`${node} does not run (BENCH_NODE): ${version.error?.message ?? version.stderr}`);
console.log(`${node} ${version.stdout.trim()}; ${runs} runs each after one warm-up; median (min–max)`);
console.log(`${'command'.padEnd(24)}${'wall'.padStart(22)}${'cpu (user+sys)'.padStart(26)}${'peak RSS'.padStart(12)}`);
try {
  for (const c of cases) {
    once(c.args); // warm-up: file cache, and Node 22+'s compile cache
    const samples = Array.from({ length: runs }, () => once(c.args));
    const cpu = samples.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
    const peak = samples.flatMap((s) => (s.peakKb === undefined ? [] : [s.peakKb]));
    console.log(
      `${c.label.padEnd(24)}${stats(samples.map((s) => s.wallMs)).padStart(22)}${(cpu.length ? stats(cpu) : 'n/a').padStart(26)}${(peak.length ? `${(median(peak) / 1024).toFixed(0)} MB` : 'n/a').padStart(12)}`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
