import { describe, expect, it } from 'vitest';
import { iamRootAccessKeysAbsent as check } from '../../../src/checks/iam/iam-root-access-keys-absent.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { compliantIamSection, iamSection, rootRow } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const inv = (o: Partial<IamSection>) => buildInventory({ iam: iamSection(o) });
const report = (root: ReturnType<typeof rootRow> | null): IamSection['credentialReport'] => {
  const base = compliantIamSection().credentialReport;
  if (!base.ok) throw new Error('builder');
  return { ok: true, value: { ...base.value, root } };
};

describe('iam-root-access-keys-absent', () => {
  it('passes when the summary reports no root keys', () => {
    expect(run(check, inv({})).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails when GetAccountSummary reports root keys', () => {
    const [r] = run(check, inv({ accountSummary: { ok: true, value: { accountMfaEnabled: 1, accountAccessKeysPresent: 1 } } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.resourceArn).toBe('arn:aws:iam::111122223333:root');
  });
  it('fails when the report root row shows an active key, even if the summary is unreadable', () => {
    const [r] = run(
      check,
      inv({ accountSummary: denied('iam:GetAccountSummary'), credentialReport: report(rootRow({ accessKey2Active: true })) }),
    );
    expect(r?.status).toBe('FAIL');
  });
  it('is unknown when the summary is denied and the report does not show a key (moto: no root row)', () => {
    const [r] = run(check, inv({ accountSummary: denied('iam:GetAccountSummary'), credentialReport: report(null) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountSummary');
  });
});
