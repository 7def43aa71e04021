import { describe, expect, it } from 'vitest';
import { iamUserConsoleNoUnusedAccessKeys as check } from '../../../src/checks/iam/iam-user-console-no-unused-access-keys.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, reportRow, withReport } from '../../builders/iam.js';

describe('iam-user-console-no-unused-access-keys', () => {
  it('passes a console user whose key was used, and ignores programmatic users', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection(withReport([reportRow(), reportRow({ user: 'bot', passwordEnabled: false, accessKey1LastUsedDate: null })])),
      }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS' });
  });
  it('fails a console user with an active key that was never used', () => {
    const [r] = run(
      check,
      buildInventory({ iam: iamSection(withReport([reportRow({ accessKey2Active: true, accessKey2LastRotated: daysAgo(3) })])) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('active access key 2 that was never used');
  });
  it('fails a console user with two never-used keys (as seeded on moto)', () => {
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection(
          withReport([reportRow({ accessKey1LastUsedDate: null, accessKey2Active: true, accessKey2LastRotated: daysAgo(3) })]),
        ),
      }),
    );
    expect(r?.reason).toBe('IAM user alice has a console password and active access keys 1 and 2 that were never used.');
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
