/**
 * GenerateCredentialReport reuses a report younger than 4 hours, so an IAM user created since
 * then is in GetAccountAuthorizationDetails but not in the report. Every check judging users from
 * the report must say UNKNOWN for such a user instead of giving it no result. moto rebuilds its
 * report on every call, so this shape is built as an inventory.
 */
import { describe, expect, it } from 'vitest';
import { iamUserConsoleMfaEnabled } from '../../../src/checks/iam/iam-user-console-mfa-enabled.js';
import { iamUserConsoleNoUnusedAccessKeys } from '../../../src/checks/iam/iam-user-console-no-unused-access-keys.js';
import { iamUserCredentialsUnused45DaysDisabled } from '../../../src/checks/iam/iam-user-credentials-unused-45-days-disabled.js';
import { iamUserCredentialsUnused90DaysRemoved } from '../../../src/checks/iam/iam-user-credentials-unused-90-days-removed.js';
import { iamUserMfaEnabled } from '../../../src/checks/iam/iam-user-mfa-enabled.js';
import { iamUserRecentlyUsed } from '../../../src/checks/iam/iam-user-recently-used.js';
import { iamUserAccessKeysRotated } from '../../../src/checks/iam/iam-user-access-keys-rotated.js';
import { iamUserSingleActiveAccessKey } from '../../../src/checks/iam/iam-user-single-active-access-key.js';
import { usersNotInReport } from '../../../src/checks/iam/credentials.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection, iamUser, reportRow, withReport, withReportMissing } from '../../builders/iam.js';

const reportChecks = [
  iamUserConsoleMfaEnabled,
  iamUserConsoleNoUnusedAccessKeys,
  iamUserCredentialsUnused45DaysDisabled,
  iamUserCredentialsUnused90DaysRemoved,
  iamUserMfaEnabled,
  iamUserRecentlyUsed,
  // The key checks too: they read the report, not ListAccessKeys per user.
  iamUserAccessKeysRotated,
  iamUserSingleActiveAccessKey,
];
const GENERATED = daysAgo(0.1);

describe.each(reportChecks.map((c) => [c.id, c] as const))('%s with a reused credential report', (_id, check) => {
  it('is UNKNOWN for a listed user the report does not have, and still judges the others', () => {
    const results = run(check, buildInventory({ iam: iamSection(withReportMissing([reportRow()], 'new-hire', GENERATED)) }));
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/new-hire')]: 'UNKNOWN' });
    const r = results.find((x) => x.resourceArn === iamArn('user/new-hire'));
    expect(r?.reason).toBe(
      `IAM user new-hire is not in the credential report generated at ${GENERATED} (AWS reuses reports for up to 4 hours); run again later.`,
    );
    expect(r?.errors).toEqual([
      expect.objectContaining({ action: 'iam:GetCredentialReport', target: iamArn('user/new-hire'), kind: 'other' }),
    ]);
  });
  it('gives no extra result when every listed user is in the report', () => {
    expect(statusByArn(run(check, buildInventory({ iam: iamSection(withReport([reportRow()])) })))).toEqual({
      [iamArn('user/alice')]: 'PASS',
    });
  });
  it('keeps judging the report rows alone when the user list is unreadable', () => {
    const results = run(
      check,
      buildInventory({ iam: iamSection({ ...withReport([reportRow()]), users: denied('iam:GetAccountAuthorizationDetails') }) }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS' });
  });
  it('is one UNKNOWN naming the action when the report is denied, whatever the user list', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection({ ...withReportMissing([reportRow()], 'new-hire'), credentialReport: denied('iam:GetCredentialReport') }),
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['UNKNOWN']);
    expect(results[0]?.reason).toContain('iam:GetCredentialReport');
  });
});

describe('usersNotInReport', () => {
  it('matches by ARN, so a pathed user in the report counts as present', () => {
    const users = { ok: true as const, value: [iamUser({ userName: 'ops', arn: iamArn('user/team/ops') })] };
    expect(
      usersNotInReport(users, {
        generatedTime: GENERATED,
        root: null,
        users: [reportRow({ user: 'ops', arn: iamArn('user/team/ops') })],
        unreadableRows: 0,
      }),
    ).toEqual([]);
  });
  it('says when the report time is unknown', () => {
    const [r] = usersNotInReport(
      { ok: true, value: [iamUser({ userName: 'new-hire' })] },
      { generatedTime: null, root: null, users: [], unreadableRows: 0 },
    );
    expect(r?.reason).toBe(
      'IAM user new-hire is not in the credential report AWS returned (AWS reuses reports for up to 4 hours); run again later.',
    );
  });
});
