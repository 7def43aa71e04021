import { describe, expect, it } from 'vitest';
import { iamUserNoLongLivedAccessKeys as check } from '../../../src/checks/iam/iam-user-no-long-lived-access-keys.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, reportRow, withReport, withReportMissing } from '../../builders/iam.js';

describe('iam-user-no-long-lived-access-keys', () => {
  it('passes users without active keys (an inactive key is no credential) and fails those with one or two', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection(
          withReport([
            reportRow({ user: 'console', accessKey1Active: false, accessKey2Active: false }),
            reportRow({ user: 'ci' }),
            reportRow({ user: 'legacy', accessKey2Active: true, accessKey2LastRotated: daysAgo(5) }),
          ]),
        ),
      }),
    );
    expect(statusByArn(results)).toEqual({
      [iamArn('user/console')]: 'PASS',
      [iamArn('user/ci')]: 'FAIL',
      [iamArn('user/legacy')]: 'FAIL',
    });
    expect(results.find((r) => r.resourceArn === iamArn('user/ci'))?.reason).toBe(
      'IAM user ci has an active long-lived access key (key 1); a role with temporary credentials would do instead.',
    );
    expect(results.find((r) => r.resourceArn === iamArn('user/legacy'))?.reason).toContain('two active long-lived access keys');
  });
  it('is UNKNOWN for a user the report does not list yet, and when the report is denied', () => {
    const missing = run(check, buildInventory({ iam: iamSection(withReportMissing([reportRow()], 'newbie')) }));
    expect(statusByArn(missing)[iamArn('user/newbie')]).toBe('UNKNOWN');
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
