import { describe, expect, it } from 'vitest';
import { iamUserAccessKeysRotated as check } from '../../../src/checks/iam/iam-user-access-keys-rotated.js';
import { buildInventory, daysAgo, denied, evalContext, run, statusByArn } from '../../builders/index.js';
import { DEFAULT_SETTINGS } from '../../../src/evaluate/settings.js';
import { iamArn, iamSection, reportRow, withReport, withReportMissing } from '../../builders/iam.js';
import type { IamCredentialReportRow } from '../../../src/model/iam.js';

const withRows = (...rows: IamCredentialReportRow[]) => buildInventory({ iam: iamSection(withReport(rows)) });

describe('iam-user-access-keys-rotated', () => {
  it('passes recent keys and users without active keys; ignores old inactive keys', () => {
    const results = run(
      check,
      withRows(
        reportRow(),
        reportRow({ user: 'bob', accessKey1Active: false, accessKey1LastRotated: daysAgo(500), accessKey1LastUsedDate: null }),
      ),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/bob')]: 'PASS' });
    expect(results.find((r) => r.resourceArn === iamArn('user/bob'))?.reason).toBe('IAM user bob has no active access keys.');
  });
  it('fails an active key older than 90 days, naming its slot (moto cannot backdate keys)', () => {
    const [r] = run(check, withRows(reportRow({ accessKey2Active: true, accessKey2LastRotated: daysAgo(91) })));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('IAM user alice has active access keys older than 90 days: access key 2 (91 days).');
  });
  it('compares exact instants: a key 90 days and 20 hours old fails, one 89 days and 23 hours old passes', () => {
    const key = (days: number) => withRows(reportRow({ accessKey1LastRotated: daysAgo(days) }));
    const [old] = run(check, key(90 + 20 / 24));
    expect(old?.status).toBe('FAIL');
    expect(old?.reason).toContain('access key 1 (90 days 20 hours)');
    expect(run(check, key(89 + 23 / 24))[0]?.status).toBe('PASS');
  });
  it('is unknown, not passed, when an active key has no rotation date', () => {
    const [r] = run(check, withRows(reportRow({ accessKey1LastRotated: null })));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('access_key_1_last_rotated');
  });
  it('is unknown, not passed, for a row whose date cell could not be read', () => {
    const [r] = run(check, withRows(reportRow({ unreadable: ['access_key_1_last_rotated "yesterday"'] })));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('unreadable credential report values for IAM user alice');
  });
  it('is unknown for a user created after the credential report was generated', () => {
    const results = run(check, buildInventory({ iam: iamSection(withReportMissing([reportRow()], 'newbie')) }));
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/newbie')]: 'UNKNOWN' });
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
  it('honours a custom maximum age', () => {
    const inv = withRows(reportRow({ accessKey1LastRotated: daysAgo(40) }));
    expect(run(check, inv, evalContext({ settings: { ...DEFAULT_SETTINGS, maxAccessKeyAgeDays: 30 } }))[0]?.status).toBe('FAIL');
  });
});
