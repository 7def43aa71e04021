import { describe, it, expect } from 'vitest';
import { frameworkCompliance } from '../../src/evaluate/compliance.js';
import { frameworks } from '../../src/frameworks/index.js';
import type { CheckMetaDoc, Finding } from '../../src/evaluate/finding.js';
import type { Status } from '../../src/model/vocabulary.js';

const meta = (id: string, cis: string[]): CheckMetaDoc => ({
  id,
  title: id,
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: [], 'cis-3.0': cis, 'cis-5.0': [], checklist: [] },
  rationale: 'r',
  remediation: { summary: 's', docs: 'https://docs.aws.amazon.com/' },
});
const finding = (checkId: string, status: Status, arn = 'arn:aws:iam::111122223333:root'): Finding => ({
  checkId,
  title: checkId,
  status,
  severity: 'high',
  service: 'iam',
  accountId: '111122223333',
  region: 'global',
  resourceArn: arn,
  resourceType: 'AwsAccount',
  reason: 'x',
  frameworks: { fsbp: [], 'cis-3.0': [], 'cis-5.0': [], checklist: [] },
});

describe('compliance view', () => {
  const checks = [meta('a', ['1.4']), meta('b', ['1.4']), meta('c', ['1.5']), meta('d', ['1.6']), meta('e', ['1.7'])];
  const findings = [
    finding('a', 'PASS'),
    finding('b', 'FAIL'),
    finding('c', 'PASS'),
    finding('c', 'UNKNOWN', 'arn:aws:iam::111122223333:user/x'),
    finding('d', 'PASS'),
    finding('e', 'MUTED'),
  ];
  const view = frameworkCompliance({ checks, findings }, 'cis-3.0');
  const control = (id: string) => view.sections.flatMap((s) => s.controls).find((c) => c.id === id);

  it('takes the worst finding of every check mapped to a control, and never counts UNKNOWN or MUTED as passed', () => {
    expect(control('1.4')).toMatchObject({ status: 'FAIL', checks: ['a', 'b'], findings: { PASS: 1, FAIL: 1 } });
    expect(control('1.5')?.status).toBe('UNKNOWN');
    expect(control('1.6')?.status).toBe('PASS');
    expect(control('1.7')?.status).toBe('MUTED');
  });

  it('lists every control of the catalogue, unmapped ones as NOT_CHECKED, and scores PASS over judged controls', () => {
    expect(view.controls).toBe(frameworks['cis-3.0'].controls.length);
    expect(view.sections.flatMap((s) => s.controls)).toHaveLength(view.controls);
    expect(control('1.8')).toMatchObject({ status: 'NOT_CHECKED', checks: [] });
    expect(view.byStatus).toMatchObject({ PASS: 1, FAIL: 1, UNKNOWN: 1, MUTED: 1, NOT_CHECKED: view.controls - 4 });
    expect(view.percent).toBe(25);
    const iam = view.sections.find((s) => s.controls.some((c) => c.id === '1.4'));
    expect(iam?.percent).toBe(25);
  });

  it('has no percentage when nothing was judged', () => {
    expect(frameworkCompliance({ checks: [], findings: [] }, 'fsbp').percent).toBeNull();
  });
});
