import { describe, expect, it } from 'vitest';
import { iamRootNotRecentlyUsed as check } from '../../../src/checks/iam/iam-root-not-recently-used.js';
import { buildInventory, daysAgo, denied, evalContext, run } from '../../builders/index.js';
import { compliantIamSection, iamSection, rootRow } from '../../builders/iam.js';
import type { IamCredentialReportRow, IamSection } from '../../../src/model/iam.js';

const withRoot = (root: IamCredentialReportRow | null) => {
  const base = compliantIamSection().credentialReport;
  if (!base.ok) throw new Error('builder');
  return buildInventory({ iam: iamSection({ credentialReport: { ok: true, value: { ...base.value, root } } }) });
};

describe('iam-root-not-recently-used', () => {
  it('passes when root was last used 200 days ago', () => {
    expect(run(check, withRoot(rootRow())).map((r) => r.status)).toEqual(['PASS']);
  });
  it('passes when root has no recorded use', () => {
    const [r] = run(check, withRoot(rootRow({ passwordLastUsed: null })));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('no recorded');
  });
  it('is unknown, not passed, when a last-use date does not parse', () => {
    const [r] = run(check, withRoot(rootRow({ passwordLastUsed: daysAgo(200), accessKey1LastUsedDate: 'sometime' })));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('unreadable values in the root row: access_key_1_last_used_date "sometime"');
  });
  it('fails when the root password was used recently', () => {
    const [r] = run(check, withRoot(rootRow({ passwordLastUsed: daysAgo(3) })));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('3 days ago');
  });
  it('fails when a root access key was used recently', () => {
    expect(run(check, withRoot(rootRow({ accessKey2LastUsedDate: daysAgo(10) }))).map((r) => r.status)).toEqual(['FAIL']);
  });
  it('follows rootRecentUseDays', () => {
    const ctx = evalContext();
    const strict = evalContext({ settings: { ...ctx.settings, rootRecentUseDays: 365 } });
    expect(run(check, withRoot(rootRow()), strict).map((r) => r.status)).toEqual(['FAIL']);
  });
  it('is unknown when the report has no root row (as on moto)', () => {
    const [r] = run(check, withRoot(null));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
    expect(r?.reason).toContain('<root_account>');
  });
  it('is unknown when GetCredentialReport is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
  it('reads only the root row', () => {
    const s: Partial<IamSection> = {};
    expect(run(check, buildInventory({ iam: iamSection(s) }))).toHaveLength(1);
  });
});
