import { describe, expect, it } from 'vitest';
import { iamUserCredentialsUnused45DaysDisabled as check } from '../../../src/checks/iam/iam-user-credentials-unused-45-days-disabled.js';
import { buildInventory, daysAgo, denied, evalContext, run } from '../../builders/index.js';
import { iamSection, reportRow, withReport } from '../../builders/iam.js';
import type { IamCredentialReportRow } from '../../../src/model/iam.js';

const one = (row: IamCredentialReportRow, ctx = evalContext()) =>
  run(check, buildInventory({ iam: iamSection(withReport([row])) }), ctx)[0];

describe('iam-user-credentials-unused-45-days-disabled', () => {
  it('passes recently used credentials', () => {
    expect(one(reportRow())?.status).toBe('PASS');
  });
  it('passes a user without enabled credentials, however old', () => {
    expect(one(reportRow({ passwordEnabled: false, accessKey1Active: false, userCreationTime: daysAgo(900) }))?.status).toBe('PASS');
  });
  it('fails a password last used 45 days ago', () => {
    const r = one(reportRow({ passwordLastUsed: daysAgo(45) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('console password last used 45 days ago');
  });
  it('compares exact instants: 44 days 23 hours unused passes, 45 days 1 hour fails', () => {
    expect(one(reportRow({ passwordLastUsed: daysAgo(44 + 23 / 24) }))?.status).toBe('PASS');
    const r = one(reportRow({ passwordLastUsed: daysAgo(45 + 1 / 24) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('console password last used 45 days 1 hour ago');
  });
  it('fails a password never used, counting from when it was set', () => {
    const r = one(reportRow({ passwordLastUsed: null, passwordLastChanged: daysAgo(60) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('never used in the 60 days');
  });
  it('passes a password never used but set 10 days ago', () => {
    expect(one(reportRow({ passwordLastUsed: null, passwordLastChanged: daysAgo(10) }))?.status).toBe('PASS');
  });
  it('fails an active key last used 50 days ago', () => {
    const r = one(reportRow({ accessKey1LastUsedDate: daysAgo(50) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('access key 1 last used 50 days ago');
  });
  it('fails an active key never used, counting from its rotation date', () => {
    const r = one(reportRow({ accessKey2Active: true, accessKey2LastRotated: daysAgo(46), accessKey2LastUsedDate: null }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('access key 2 never used');
  });
  it('follows maxCredentialUnusedDays', () => {
    const ctx = evalContext();
    expect(
      one(reportRow({ passwordLastUsed: daysAgo(50) }), evalContext({ settings: { ...ctx.settings, maxCredentialUnusedDays: 60 } }))
        ?.status,
    ).toBe('PASS');
  });
  it('is unknown when no date at all is known for an enabled credential', () => {
    const r = one(reportRow({ passwordLastUsed: null, passwordLastChanged: null, userCreationTime: null }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
  it('is unknown when the credential report is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ credentialReport: denied('iam:GetCredentialReport') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetCredentialReport');
  });
});
