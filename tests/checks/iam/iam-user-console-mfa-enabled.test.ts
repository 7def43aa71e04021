import { describe, expect, it } from 'vitest';
import { iamUserConsoleMfaEnabled as check } from '../../../src/checks/iam/iam-user-console-mfa-enabled.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, reportRow, withReport } from '../../builders/iam.js';

describe('iam-user-console-mfa-enabled', () => {
  it('passes console users with MFA and ignores users without a password', () => {
    const results = run(
      check,
      buildInventory({ iam: iamSection(withReport([reportRow(), reportRow({ user: 'bot', passwordEnabled: false, mfaActive: false })])) }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS' });
  });
  it('fails a console user without MFA', () => {
    const [r] = run(check, buildInventory({ iam: iamSection(withReport([reportRow({ mfaActive: false })])) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('IAM user alice has a console password but no MFA device.');
  });
  it('returns nothing when there are no console users', () => {
    expect(run(check, buildInventory({ iam: iamSection(withReport([])) }))).toEqual([]);
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
