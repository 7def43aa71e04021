import { describe, it, expect } from 'vitest';
import { allChecks } from '../../src/checks/index.js';
import { CIS_V3_TO_V5, cisV5Refs } from '../../src/frameworks/cis-crosswalk.js';
import { cisAwsV3Requirements, cisAwsV5Requirements, findControl } from '../../src/frameworks/index.js';
import { parseCis } from '../../scripts/build-catalogues.js';

describe('CIS AWS Foundations v5.0.0', () => {
  it('has its 63 recommendations with section, level and assessment, 1.10 included', () => {
    const ids = cisAwsV5Requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(63);
    expect(findControl('cis-5.0', '1.10')?.title).toMatch(/access keys during initial setup/);
    expect(cisAwsV5Requirements.filter((r) => r.assessment === 'automated')).toHaveLength(35);
    expect(cisAwsV5Requirements.filter((r) => r.assessment === 'manual')).toHaveLength(28);
    for (const r of cisAwsV5Requirements) {
      expect(r.section, r.id).toMatch(/^\d /);
      expect(['Level 1', 'Level 2']).toContain(r.level);
    }
  });

  it('reads the export whose 1.10 went through a float as "1.1", and refuses other duplicates', () => {
    const req = (Id: string, Description: string) => ({
      Id,
      Description,
      Attributes: [{ Section: '1 IAM', Profile: 'Level 1', AssessmentStatus: 'Automated' }],
    });
    const rows = Array.from({ length: 9 }, (_, i) => req(`1.${i + 1}`, `r${i + 1}`));
    const parsed = parseCis(JSON.stringify({ Requirements: [...rows, req('1.1', 'tenth')] }), 'test');
    expect(parsed.find((r) => r.id === '1.10')?.title).toBe('tenth');
    expect(() => parseCis(JSON.stringify({ Requirements: [req('1.2', 'a'), req('1.2', 'b')] }), 'test')).toThrow(/1\.2/);
  });

  it('crosswalk pairs exist in both catalogues and are one-to-one', () => {
    for (const [v3, v5] of Object.entries(CIS_V3_TO_V5)) {
      expect(findControl('cis-3.0', v3), `v3 ${v3}`).toBeDefined();
      expect(findControl('cis-5.0', v5), `v5 ${v5}`).toBeDefined();
    }
    const targets = Object.values(CIS_V3_TO_V5);
    expect(new Set(targets).size).toBe(targets.length);
    // Only the security-questions recommendation has no v5.0.0 counterpart.
    expect(cisAwsV3Requirements.filter((r) => !CIS_V3_TO_V5[r.id]).map((r) => r.id)).toEqual(['1.3']);
  });

  it('gives a check its declared v5.0.0 references plus those its v3.0.0 ones carry over to', () => {
    expect(cisV5Refs(['1.4', '1.3'], ['2.2.4'])).toEqual(['2.2.4', '1.3']);
    expect(cisV5Refs(undefined, undefined)).toEqual([]);
    const check = allChecks.find((c) => c.id === 'iam-root-access-keys-absent');
    expect(check?.frameworks['cis-5.0']).toEqual(['1.3']);
  });

  it('every recommendation of v3.0.0 and v5.0.0 has a check (automated) or a check or MANUAL guidance item (manual)', () => {
    for (const [fw, catalogue] of [
      ['cis-3.0', cisAwsV3Requirements],
      ['cis-5.0', cisAwsV5Requirements],
    ] as const) {
      const covered = new Set(allChecks.flatMap((c) => c.frameworks[fw] ?? []));
      const missing = catalogue.filter((r) => !covered.has(r.id)).map((r) => r.id);
      expect(missing, fw).toEqual([]);
    }
  });
});
