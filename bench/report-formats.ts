/**
 * Benchmark: the time and peak memory to write every report format for a large scan. The demo
 * account's findings (~900) are replicated with distinct resource ARNs up to BENCH_FINDINGS
 * (default 100,000). Each format runs in its own child process, so its peak memory (max RSS) is
 * its own: the child builds the document (baseline), then renders and writes the file atomically.
 * Run: npm run bench:formats      (options: BENCH_FINDINGS=100000)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FindingsDocument } from '../src/evaluate/finding.js';
import { withDerivedTotals } from '../src/evaluate/run.js';
import { REPORT_FORMATS } from '../src/report/formats.js';
import { writeFileAtomic } from '../src/fs.js';

const target = Number(process.env['BENCH_FINDINGS'] ?? 100_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const self = fileURLToPath(import.meta.url);
const [, , role, formatId, docFile, outDir] = process.argv;

if (role === 'child') {
  const doc = JSON.parse(readFileSync(docFile!, 'utf8')) as FindingsDocument;
  const format = REPORT_FORMATS.find((f) => f.id === formatId)!;
  const baseline = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const text = format.render(doc, { color: false });
  const file = join(outDir!, format.fileName);
  await writeFileAtomic(file, text);
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ format: format.id, ms, peak, baseline, size: statSync(file).size }));
} else {
  const demo = JSON.parse(
    execFileSync(process.execPath, ['dist/cli/main.js', 'evaluate', 'examples/demo-inventory.json', '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  ) as FindingsDocument;
  const findings: FindingsDocument['findings'] = [];
  for (let copy = 0; findings.length < target; copy++) {
    for (const f of demo.findings) {
      if (findings.length >= target) break;
      findings.push(copy === 0 ? f : { ...f, resourceArn: `${f.resourceArn}-bench${copy}` });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-formats-'));
  const docFile = join(dir, 'document.json');
  writeFileSync(docFile, JSON.stringify(withDerivedTotals({ ...demo, findings })));
  console.log(`${findings.length} findings; each format in its own process (render + atomic write)`);
  console.log(`${'format'.padEnd(10)}${'time'.padStart(10)}${'file'.padStart(12)}${'peak RSS'.padStart(12)}${'(doc loaded)'.padStart(14)}`);
  try {
    for (const format of REPORT_FORMATS) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, 'child', format.id, docFile, dir], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as { format: string; ms: number; peak: number; baseline: number; size: number };
      console.log(
        `${r.format.padEnd(10)}${`${r.ms.toFixed(0)} ms`.padStart(10)}${mb(r.size).padStart(12)}${mb(r.peak).padStart(12)}${mb(r.baseline).padStart(14)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
