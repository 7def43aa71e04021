import { describe, expect, it } from 'vitest';
import { latest, reportKeys, staleCredentials } from '../../../src/checks/iam/credentials.js';
import { isAwsManagedRolePath } from '../../../src/model/iam.js';
import { NOW, daysAgo } from '../../builders/index.js';
import { reportRow } from '../../builders/iam.js';

describe('iam credential helpers', () => {
  it('gives both key slots of a row', () => {
    expect(reportKeys(reportRow()).map((k) => [k.n, k.active])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
  it('picks the latest date', () => {
    expect(latest([null, daysAgo(5), daysAgo(1), null])).toBe(daysAgo(1));
    expect(latest([null])).toBeNull();
  });
  it('ignores disabled credentials and falls back to the creation date', () => {
    expect(
      staleCredentials(reportRow({ passwordEnabled: false, accessKey1Active: false, passwordLastUsed: daysAgo(400) }), 45, NOW),
    ).toEqual({ ok: true, stale: [] });
    expect(
      staleCredentials(reportRow({ passwordLastUsed: null, passwordLastChanged: null, userCreationTime: daysAgo(50) }), 45, NOW),
    ).toEqual({ ok: true, stale: ['console password never used in the 50 days since it was created'] });
  });
  it('recognises AWS-managed role paths', () => {
    expect(isAwsManagedRolePath('/aws-service-role/support.amazonaws.com/')).toBe(true);
    expect(isAwsManagedRolePath('/aws-reserved/sso.amazonaws.com/')).toBe(true);
    expect(isAwsManagedRolePath('/ops/')).toBe(false);
  });
});
