import { describe, expect, it } from 'vitest';
import { iamUserCredentialsUnused90DaysRemoved as check } from '../../../src/checks/iam/iam-user-credentials-unused-90-days-removed.js';
import { buildInventory, daysAgo, denied, run } from '../../builders/index.js';
import { iamSection, reportRow, withReport } from '../../builders/iam.js';
import type { IamCredentialReportRow } from '../../../src/model/iam.js';

const one = (row: IamCredentialReportRow) => run(check, buildInventory({ iam: iamSection(withReport([row])) }))[0];

describe('iam-user-credentials-unused-90-days-removed', () => {
  it('passes credentials unused for 60 days (only the 45-day check fails those)', () => {
    expect(one(reportRow({ passwordLastUsed: daysAgo(60), accessKey1LastUsedDate: daysAgo(60) }))?.status).toBe('PASS');
  });
  it('fails a password unused for 90 days', () => {
    const r = one(reportRow({ passwordLastUsed: daysAgo(120) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('console password last used 120 days ago');
  });
  it('fails an active key never used since it was created 100 days ago', () => {
    const r = one(reportRow({ accessKey1LastRotated: daysAgo(100), accessKey1LastUsedDate: null }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('access key 1 never used');
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
