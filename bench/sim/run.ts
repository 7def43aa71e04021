/**
 * Benchmark: a full scan of a generated account through the latency/throttling simulator.
 * Starts moto, seeds the account (BENCH_SIZE=small|medium|large), starts the proxy in this process,
 * and runs the BUILT CLI against it BENCH_ROUNDS times (default 2), one after the other, with
 * dummy credentials. Per round it prints wall time, the lower bound (for the calls made and for
 * the cheapest known plan) and the ratios, calls by service and top APIs, throttled answers, reads
 * lost to throttling and the UNKNOWN findings they caused, peak RSS of the scan process, and the
 * IAM call count.
 * Run: npm run bench   (BENCH_SIZE, BENCH_ROUNDS, BENCH_LATENCY_MEDIAN=60, BENCH_LATENCY_P99=300,
 *      BENCH_SEED=1, BENCH_LIMITS=file.json, BENCH_SCAN_ARGS="--concurrency 16" adds scan options,
 *      BENCH_KEEP=1 keeps the temp dir with call logs and findings)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, createWriteStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, type Moto } from '../../tests/moto.js';
import { CLI, baseEnv } from '../../tests/cli/run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import { ACCOUNT_SIZES, BENCH_REGIONS, seedAccount } from './seed-account.js';
import { startProxy, type CallRecord, type SimProxy } from './proxy.js';
import { loadLimits } from './limits.js';
import { cheapestPlan, lowerBound, summarizeCalls, type LowerBound } from './lower-bound.js';
import { memoryKiB, pidsByCommandLine } from './proc.js';

const env = process.env;
const size = (env['BENCH_SIZE'] ?? 'medium') as keyof typeof ACCOUNT_SIZES;
if (!ACCOUNT_SIZES[size]) {
  console.error(`BENCH_SIZE must be one of ${Object.keys(ACCOUNT_SIZES).join(', ')}`);
  process.exit(2);
}
const spec = ACCOUNT_SIZES[size];
const rounds = Number(env['BENCH_ROUNDS'] ?? 2);
const latency = { medianMs: Number(env['BENCH_LATENCY_MEDIAN'] ?? 60), p99Ms: Number(env['BENCH_LATENCY_P99'] ?? 300) };
const limits = loadLimits(env['BENCH_LIMITS']);
const keep = env['BENCH_KEEP'] === '1';
// Extra scan options, e.g. BENCH_SCAN_ARGS="--concurrency 16" (split on spaces; no shell involved).
const scanArgs = (env['BENCH_SCAN_ARGS'] ?? '').split(' ').filter(Boolean);

const tmp = mkdtempSync(join(tmpdir(), 'bulwark-bench-sim-'));
let moto: Moto | undefined;
let proxy: SimProxy | undefined;
let scanPid: number | undefined;
let cleaned = false;
async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  if (scanPid) {
    try {
      process.kill(-scanPid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  await proxy?.stop().catch(() => undefined);
  await moto?.stop().catch(() => undefined);
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => void cleanup().then(() => process.exit(130)));
}

interface ScanRun {
  code: number | null;
  /** performance.now() at spawn, on the proxy's clock */
  startedAt: number;
  seconds: number;
  peakRssKiB: number;
  stderrTail: string;
}

/** Runs the built CLI under /usr/bin/time (peak RSS in KiB), in its own process group so cleanup can end it. */
function runScan(args: string[], scanEnv: Record<string, string>, tag: string): Promise<ScanRun> {
  const timeFile = join(tmp, `${tag}.time`);
  const errFile = join(tmp, `${tag}.stderr`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, CLI, ...args], {
      env: scanEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    scanPid = child.pid;
    const err = createWriteStream(errFile);
    child.stderr.pipe(err);
    child.on('error', reject);
    child.on('close', (code) => {
      scanPid = undefined;
      const seconds = (performance.now() - t0) / 1000;
      err.end(() => {
        const peakRssKiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        const stderr = readFileSync(errFile, 'utf8');
        resolve({ code, startedAt: t0, seconds, peakRssKiB, stderrTail: stderr.split('\n').slice(-15).join('\n') });
      });
    });
  });
}

const s = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : '∞');
const ratio = (wall: number, bound: number) => (bound > 0 ? `${(wall / bound).toFixed(1)}×` : 'n/a (bound 0)');
const describeBound = (b: LowerBound) =>
  `${s(b.seconds)} over ${b.calls} calls; bottleneck ${b.terms[0] ? `${b.terms[0].kind} ${b.terms[0].key} (${b.terms[0].calls} ${b.terms[0].kind === 'chain' ? 'pages' : 'calls'})` : 'none'}`;

function tally(calls: CallRecord[], key: (c: CallRecord) => string): Array<[string, { calls: number; throttled: number }]> {
  const m = new Map<string, { calls: number; throttled: number }>();
  for (const c of calls) {
    const cur = m.get(key(c)) ?? { calls: 0, throttled: 0 };
    cur.calls++;
    if (c.throttled) cur.throttled++;
    m.set(key(c), cur);
  }
  return [...m].sort((a, b) => b[1].calls - a[1].calls);
}

/** p-th percentile of sorted numbers. */
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * Where the wall time went: process start-up until the first call, the span of the calls, and
 * the tail after the last one (evaluation and reports); and moto's own time per forwarded call,
 * which the bound does not model (real AWS answers in the added latency alone).
 */
function phases(run: ScanRun, calls: CallRecord[]) {
  if (calls.length === 0) return { startupSeconds: run.seconds, callSpanSeconds: 0, tailSeconds: 0, motoMsP50: 0, motoMsP99: 0 };
  const first = Math.min(...calls.map((c) => c.start));
  const last = Math.max(...calls.map((c) => c.end));
  const moto = calls
    .filter((c) => !c.throttled)
    .map((c) => c.end - c.start - c.addedLatencyMs)
    .sort((a, b) => a - b);
  return {
    startupSeconds: (first - run.startedAt) / 1000,
    callSpanSeconds: (last - first) / 1000,
    tailSeconds: run.seconds - (last - run.startedAt) / 1000,
    motoMsP50: Math.round(pct(moto, 50)),
    motoMsP99: Math.round(pct(moto, 99)),
  };
}

const results: unknown[] = [];
try {
  console.log(
    `bench/sim: ${size} account, ${rounds} round(s), latency median ${latency.medianMs} ms / p99 ${latency.p99Ms} ms; load average ${(
      await import('node:os')
    )
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  moto = await startMoto();
  const seeded = await seedAccount(moto.endpoint, spec);
  const motoPid = pidsByCommandLine(['-p', String(moto.port)])[0];
  const motoMem = motoPid ? memoryKiB(motoPid) : undefined;
  console.log(
    `seeded in ${seeded.seconds.toFixed(1)} s (${seeded.calls} calls): ${spec.users} users, ${spec.roles} roles, ${spec.policies} policies, ${spec.buckets} buckets; per region (${spec.regions.join(', ')}) ${spec.securityGroups} security groups, ${spec.volumes} volumes, ${spec.instances} instances, ${spec.dbInstances} DB instances, ${spec.functions} functions, ${spec.keys} keys; moto RSS ${motoMem ? `${(motoMem.rss / 1024).toFixed(0)} MB` : 'n/a'}`,
  );
  proxy = await startProxy({
    target: moto.endpoint,
    limits,
    latency,
    seed: Number(env['BENCH_SEED'] ?? 1),
    keepCalls: true,
  });
  const scanEnv = { ...baseEnv(), ...moto.env, AWS_ENDPOINT_URL: proxy.url };

  for (let round = 1; round <= rounds; round++) {
    proxy.reset();
    proxy.takeCalls();
    const out = join(tmp, `round-${round}`);
    mkdirSync(out);
    const run = await runScan(
      ['scan', '--region', BENCH_REGIONS.join(','), '--format', 'json', '--output-dir', out, ...scanArgs],
      scanEnv,
      `round-${round}`,
    );
    const calls = proxy.takeCalls();
    // One call log per round, for bench/sim/lower-bound.ts (kept with BENCH_KEEP=1).
    writeFileSync(join(tmp, `round-${round}.calls.jsonl`), calls.map((c) => JSON.stringify(c)).join('\n') + '\n');
    if (run.code !== 0) throw new Error(`round ${round}: scan exited ${run.code}:\n${run.stderrTail}`);
    const doc = JSON.parse(readFileSync(join(out, 'bulwark-findings.json'), 'utf8')) as FindingsDocument;
    const lost = doc.errors.filter((e) => e.kind === 'throttled');
    // Reads that failed for another reason than throttling or an API moto does not implement
    // (timeouts, server errors): not lost to pacing, but lost all the same, and said so.
    const failed = doc.errors.filter((e) => e.kind !== 'throttled' && e.kind !== 'not-supported');
    const notSupported = doc.errors.filter((e) => e.kind === 'not-supported');
    const unknown = doc.findings.filter((f) => f.status === 'UNKNOWN');
    const unknownByThrottle = unknown.filter((f) => f.errors?.some((e) => e.kind === 'throttled'));
    const made = summarizeCalls(calls);
    const boundMade = lowerBound(made, limits, latency.medianMs);
    const boundPlan = lowerBound(cheapestPlan(made, spec), limits, latency.medianMs);
    const byService = tally(calls, (c) => c.service);
    const byApi = tally(calls, (c) => `${c.service}:${c.api}`);
    const iam = byService.find(([k]) => k === 'iam')?.[1] ?? { calls: 0, throttled: 0 };
    const throttled = calls.filter((c) => c.throttled).length;
    const lostByAction = tally(
      lost.map((e) => ({ service: '', api: e.action }) as CallRecord),
      (c) => c.api,
    );

    console.log(`\n== round ${round} ==`);
    const ph = phases(run, calls);
    console.log(`wall time           ${s(run.seconds)}`);
    console.log(
      `  phases            start-up to first call ${s(ph.startupSeconds)}, calls ${s(ph.callSpanSeconds)}, after the last call ${s(ph.tailSeconds)}; moto's own time per call p50 ${ph.motoMsP50} ms, p99 ${ph.motoMsP99} ms`,
    );
    console.log(`lower bound (made)  ${describeBound(boundMade)}  -> wall/bound ${ratio(run.seconds, boundMade.seconds)}`);
    console.log(`lower bound (plan)  ${describeBound(boundPlan)}  -> wall/bound ${ratio(run.seconds, boundPlan.seconds)}`);
    console.log(`calls               ${calls.length} (${throttled} throttled answers)`);
    console.log(
      `  by service        ${byService.map(([k, v]) => `${k} ${v.calls}${v.throttled ? ` (${v.throttled} thr)` : ''}`).join(', ')}`,
    );
    console.log(
      `  top APIs          ${byApi
        .slice(0, 12)
        .map(([k, v]) => `${k} ${v.calls}${v.throttled ? ` (${v.throttled} thr)` : ''}`)
        .join(', ')}`,
    );
    console.log(`IAM calls           ${iam.calls} (${iam.throttled} throttled)`);
    console.log(
      `reads lost          ${lost.length}${lost.length ? ` (${lostByAction.map(([k, v]) => `${k} ${v.calls}`).join(', ')})` : ''}`,
    );
    const failedByAction = tally(
      failed.map((e) => ({ service: '', api: `${e.action} (${e.message.split(':')[0]})` }) as CallRecord),
      (c) => c.api,
    );
    console.log(
      `reads failed        ${failed.length} otherwise${
        failed.length
          ? ` (${failedByAction
              .slice(0, 6)
              .map(([k, v]) => `${k} ${v.calls}`)
              .join(', ')})`
          : ''
      }; ${notSupported.length} not implemented by moto`,
    );
    console.log(`UNKNOWN findings    ${unknown.length} total, ${unknownByThrottle.length} caused by throttling`);
    const unknownByCheck = tally(
      unknown.map((f) => ({ service: '', api: f.checkId }) as CallRecord),
      (c) => c.api,
    );
    console.log(
      `  UNKNOWN by check  ${unknownByCheck
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.calls}`)
        .join(', ')}`,
    );
    console.log(
      `findings            ${doc.summary.total} (${Object.entries(doc.summary.byStatus)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
    console.log(`peak RSS of scan    ${(run.peakRssKiB / 1024).toFixed(0)} MB`);
    results.push({
      round,
      wallSeconds: +run.seconds.toFixed(2),
      phases: ph,
      lowerBoundMadeSeconds: +boundMade.seconds.toFixed(2),
      lowerBoundPlanSeconds: +boundPlan.seconds.toFixed(2),
      bottleneckMade: boundMade.terms[0],
      bottleneckPlan: boundPlan.terms[0],
      calls: calls.length,
      throttled,
      iamCalls: iam.calls,
      readsLost: lost.length,
      readsFailedOtherwise: failed.length,
      readsNotSupportedByMoto: notSupported.length,
      unknown: unknown.length,
      unknownByThrottling: unknownByThrottle.length,
      peakRssMB: Math.round(run.peakRssKiB / 1024),
      byService: Object.fromEntries(byService.map(([k, v]) => [k, v.calls])),
    });
  }
  console.log(
    `\n${JSON.stringify({ benchmark: 'scan through the simulator', size, seedSeconds: +seeded.seconds.toFixed(1), latency, rounds: results }, null, 2)}`,
  );
} catch (err) {
  console.error(`bench/sim: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
