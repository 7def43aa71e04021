import { describe, expect, it } from 'vitest';
import { iamRootMfaEnabled as check } from '../../../src/checks/iam/iam-root-mfa-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const inv = (o: Partial<IamSection>) => buildInventory({ iam: iamSection(o) });

describe('iam-root-mfa-enabled', () => {
  it('passes when AccountMFAEnabled is 1', () => {
    expect(run(check, inv({})).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails when AccountMFAEnabled is 0 (always so on moto)', () => {
    expect(
      run(check, inv({ accountSummary: { ok: true, value: { accountMfaEnabled: 0, accountAccessKeysPresent: 0 } } })).map((r) => r.status),
    ).toEqual(['FAIL']);
  });
  it('is unknown when GetAccountSummary is denied', () => {
    const [r] = run(check, inv({ accountSummary: denied('iam:GetAccountSummary') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountSummary');
  });
});
