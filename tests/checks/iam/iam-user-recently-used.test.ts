import { describe, expect, it } from 'vitest';
import { iamUserRecentlyUsed as check } from '../../../src/checks/iam/iam-user-recently-used.js';
import { buildInventory, daysAgo, denied, run } from '../../builders/index.js';
import { iamSection, reportRow, withReport } from '../../builders/iam.js';
import type { IamCredentialReportRow } from '../../../src/model/iam.js';

const one = (row: IamCredentialReportRow) => run(check, buildInventory({ iam: iamSection(withReport([row])) }))[0];
const idle = { passwordLastUsed: null, accessKey1LastUsedDate: null, accessKey2LastUsedDate: null };

describe('iam-user-recently-used', () => {
  it('passes a user active 2 days ago', () => {
    expect(one(reportRow())?.status).toBe('PASS');
  });
  it('passes a user created 10 days ago that has not been used yet', () => {
    const r = one(reportRow({ ...idle, userCreationTime: daysAgo(10) }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('not been used yet');
  });
  it('counts an inactive key’s last use as activity', () => {
    expect(one(reportRow({ ...idle, accessKey2LastUsedDate: daysAgo(5) }))?.status).toBe('PASS');
  });
  it('fails a user whose last activity was 120 days ago', () => {
    const r = one(reportRow({ passwordLastUsed: daysAgo(120), accessKey1LastUsedDate: daysAgo(150) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('not been active for 120 days');
  });
  it('fails a user created 200 days ago and never used', () => {
    const r = one(reportRow({ ...idle, userCreationTime: daysAgo(200) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('never signed in');
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
