/**
 * Benchmark: wall time of a full `bulwark scan --region all` (every check, every enabled region)
 * of the seeded end-to-end account on a local moto_server, through the built CLI.
 * Run: npm run bench:moto       (options: BENCH_RUNS=5)
 * moto is one Python process at ~100-250 calls/s, so this measures the scanner's call plan and
 * scheduling against a slow, single-threaded endpoint, not AWS latency.
 */
import { startMoto } from '../tests/moto.js';
import { seedAll } from '../tests/seed/index.js';
import { runCli, baseEnv } from '../tests/cli/run-cli.js';
import type { FindingsDocument } from '../src/evaluate/finding.js';
import { ClientFactory } from '../src/collect/aws/clients.js';
import { planRegions } from '../src/collect/aws/regions.js';
import { collectInventory } from '../src/collect/run.js';
import { createReader } from '../src/collect/kit/read.js';
import { SECTION_KEYS } from '../src/model/inventory.js';
import { TEST_CREDENTIALS } from '../tests/moto.js';

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
  // One more collection in-process, for the call counts behind the time.
  const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint: moto.endpoint, maxAttempts: 2 });
  const session = {
    accountId: '123456789012',
    partition: 'aws',
    callerArn: 'arn:aws:iam::123456789012:user/moto',
    homeRegion: 'us-east-1',
    clients,
  };
  const t1 = performance.now();
  const reader = createReader();
  await collectInventory({
    session,
    regions: await planRegions(session, 'all', reader),
    reader,
    sections: SECTION_KEYS,
    tool: { name: 'bulwark', version: 'bench' },
  });
  const collectMs = performance.now() - t1;
  clients.destroy();
  const byService = new Map<string, { calls: number; ms: number }>();
  let calls = 0;
  for (const [action, st] of reader.stats) {
    const svc = action.split(':')[0] ?? action;
    const cur = byService.get(svc) ?? { calls: 0, ms: 0 };
    cur.calls += st.calls;
    cur.ms += st.ms;
    byService.set(svc, cur);
    calls += st.calls;
  }
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    JSON.stringify(
      {
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
        inProcessCollectSeconds: +(collectMs / 1000).toFixed(2),
        awsCalls: calls,
        callsPerSecond: Math.round(calls / (collectMs / 1000)),
        callsByService: Object.fromEntries([...byService].sort((a, b) => b[1].calls - a[1].calls).map(([k, v]) => [k, v.calls])),
        errorKinds: Object.fromEntries(
          Object.entries(
            (doc?.errors ?? []).reduce<Record<string, number>>(
              (m, e) => ((m[`${e.action} ${e.kind}`] = (m[`${e.action} ${e.kind}`] ?? 0) + 1), m),
              {},
            ),
          ),
        ),
      },
      null,
      2,
    ),
  );
} finally {
  await moto.stop();
}
