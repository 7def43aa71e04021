import { describe, expect, it } from 'vitest';
import { iamUserMfaEnabled as check } from '../../../src/checks/iam/iam-user-mfa-enabled.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, reportRow, withReport } from '../../builders/iam.js';

describe('iam-user-mfa-enabled', () => {
  it('passes users with MFA and fails users without, with or without a password', () => {
    const results = run(
      check,
      buildInventory({ iam: iamSection(withReport([reportRow(), reportRow({ user: 'bot', passwordEnabled: false, mfaActive: false })])) }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/bot')]: 'FAIL' });
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
