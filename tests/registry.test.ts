import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allChecks } from '../src/checks/index.js';
import { isKnownRef, checklistRows } from '../src/frameworks/index.js';
import type { AnyCheck } from '../src/checks/types.js';
import { SEVERITIES, type FrameworkId } from '../src/model/vocabulary.js';
import { SECTION_KEYS } from '../src/model/inventory.js';
import { RESOURCE_TYPES } from '../src/model/resource-types.js';

const checksDir = fileURLToPath(new URL('../src/checks/', import.meta.url));
const serviceDirs = readdirSync(checksDir).filter((d) => statSync(join(checksDir, d)).isDirectory());

/** Every module under src/checks/<service>/ that exports a defined check (helpers export none). */
async function checksOnDisk(): Promise<{ file: string; check: AnyCheck }[]> {
  const out: { file: string; check: AnyCheck }[] = [];
  for (const dir of serviceDirs) {
    for (const f of readdirSync(join(checksDir, dir))) {
      if (!f.endsWith('.ts') || f === 'index.ts') continue;
      const mod = (await import(pathToFileURL(join(checksDir, dir, f)).href)) as Record<string, unknown>;
      for (const v of Object.values(mod)) {
        if (v && typeof v === 'object' && 'id' in v && 'evaluate' in v) out.push({ file: join(dir, f), check: v as AnyCheck });
      }
    }
  }
  return out;
}

describe('check registry', () => {
  it('lists exactly the checks on disk, one per file, id = file name', async () => {
    const disk = await checksOnDisk();
    expect(disk.length).toBeGreaterThan(0);
    for (const { file, check } of disk) expect(basename(file, '.ts'), file).toBe(check.id);
    expect(new Set(disk.map((d) => d.check))).toEqual(new Set(allChecks));
    expect(disk.length).toBe(allChecks.length);
  });

  it('has a test file per check (tests/checks/<service>/<id>.test.ts); manual items share one table test', async () => {
    const missing = (await checksOnDisk())
      .filter(({ file }) => !file.startsWith('manual/'))
      .map(({ file }) => `tests/checks/${file.replace(/\.ts$/, '.test.ts')}`)
      .filter((t) => !existsSync(fileURLToPath(new URL(`../${t}`, import.meta.url))));
    expect(missing).toEqual([]);
  });

  it('has unique, well-formed ids that start with their service', () => {
    const ids = allChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of allChecks) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(c.id.startsWith(`${c.service}-`), c.id).toBe(true);
    }
  });

  it('has complete metadata for every check', () => {
    for (const c of allChecks) {
      expect(c.title, c.id).not.toMatch(/^Ensure/i);
      expect(c.title.length, c.id).toBeGreaterThan(10);
      expect(c.rationale.length, c.id).toBeGreaterThan(20);
      expect(c.remediation.summary.length, c.id).toBeGreaterThan(10);
      expect(c.remediation.docs, c.id).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|www\.cisecurity\.org)\//);
      expect(SEVERITIES).toContain(c.severity);
      expect(Object.keys(RESOURCE_TYPES), c.id).toContain(c.resourceType);
      for (const r of c.reads) expect(SECTION_KEYS, c.id).toContain(r);
    }
  });

  it('refers only to framework controls that exist in the catalogues', () => {
    for (const c of allChecks) {
      for (const [framework, ids] of Object.entries(c.frameworks) as [FrameworkId, string[]][]) {
        for (const id of ids) expect(isKnownRef(framework, id), `${c.id}: ${framework} ${id}`).toBe(true);
      }
    }
  });

  it('covers every auto and manual checklist row of the foundation scope', () => {
    const inScope = (id: string) => {
      const [s, n] = id.split('.').map(Number) as [number, number];
      return s === 1 || (s === 3 && (n <= 14 || n === 27 || n === 28)) || (s === 4 && n <= 10) || (s === 5 && n <= 10);
    };
    const covered = new Set(allChecks.flatMap((c) => c.frameworks.checklist ?? []));
    const missing = checklistRows.filter((r) => r.kind === 'auto' && inScope(r.id) && !covered.has(r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
    const manualMissing = checklistRows.filter((r) => r.kind === 'manual' && !covered.has(r.id)).map((r) => r.id);
    expect(manualMissing).toEqual([]);
  });
});
