/**
 * Benchmark: wall time of a full `bulwark scan --region all` (every check, every enabled region)
 * of the seeded end-to-end account on a local moto_server, through the built CLI.
 * Run: npm run bench            (options: BENCH_RUNS=5)
 * moto is one Python process at ~100-250 calls/s, so this measures the scanner's call plan and
 * scheduling against a slow, single-threaded endpoint, not AWS latency.
 */
import { startMoto } from '../tests/moto.js';
import { seedAll } from '../tests/seed/index.js';
import { runCli, baseEnv } from '../tests/cli/run-cli.js';
import type { FindingsDocument } from '../src/evaluate/finding.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const moto = await startMoto();
try {
  await seedAll(moto, ['us-east-1', 'eu-west-1']);
  const env = { ...baseEnv(), ...moto.env, AWS_MAX_ATTEMPTS: '2' };
  const times: number[] = [];
  let doc: FindingsDocument | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await runCli(['scan', '--region', 'all', '--format', 'json'], env, 600_000);
    times.push(performance.now() - t0);
    if (r.code !== 0) throw new Error(`scan failed (${r.code}): ${r.stderr}`);
    doc = JSON.parse(r.stdout) as FindingsDocument;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(JSON.stringify({
    benchmark: 'scan --region all, seeded e2e moto account',
    runs,
    medianSeconds: +(median / 1000).toFixed(2),
    minSeconds: +((times[0] ?? 0) / 1000).toFixed(2),
    maxSeconds: +((times[times.length - 1] ?? 0) / 1000).toFixed(2),
    regionsScanned: doc?.regions.scanned.length,
    regionsSkipped: doc?.regions.skipped.length,
    checks: doc?.checks.length,
    findings: doc?.summary.total,
    byStatus: doc?.summary.byStatus,
    readErrors: doc?.errors.length,
  }, null, 2));
} finally {
  await moto.stop();
}
