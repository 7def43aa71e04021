import { describe, expect, it } from 'vitest';
import { iamUserSingleActiveAccessKey as check } from '../../../src/checks/iam/iam-user-single-active-access-key.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, reportRow, withReport, withReportMissing } from '../../builders/iam.js';

describe('iam-user-single-active-access-key', () => {
  it('passes one active key plus an inactive one, and no keys at all', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection(
          withReport([
            reportRow({ accessKey2Active: false, accessKey2LastRotated: daysAgo(5) }),
            reportRow({ user: 'bob', accessKey1Active: false, accessKey1LastRotated: null, accessKey1LastUsedDate: null }),
          ]),
        ),
      }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/bob')]: 'PASS' });
    expect(results.map((r) => r.reason)).toContain('IAM user bob has no active access key.');
  });
  it('fails two active keys', () => {
    const [r] = run(
      check,
      buildInventory({ iam: iamSection(withReport([reportRow({ accessKey2Active: true, accessKey2LastRotated: daysAgo(3) })])) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('IAM user alice has 2 active access keys (access keys 1 and 2).');
  });
  it('is unknown for a user the report does not list yet', () => {
    const results = run(check, buildInventory({ iam: iamSection(withReportMissing([reportRow()], 'newbie')) }));
    expect(statusByArn(results)[iamArn('user/newbie')]).toBe('UNKNOWN');
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GenerateCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GenerateCredentialReport');
  });
});
