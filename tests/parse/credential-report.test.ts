import { describe, expect, it } from 'vitest';
import { alignRow, parseCredentialReport } from '../../src/collect/iam/credential-report.js';
import { iamUserMfaEnabled } from '../../src/checks/iam/iam-user-mfa-enabled.js';
import { iamUserCredentialsUnused45DaysDisabled } from '../../src/checks/iam/iam-user-credentials-unused-45-days-disabled.js';
import { ACCOUNT_ID } from '../builders/common.js';
import { buildInventory, run } from '../builders/index.js';
import { iamArn, iamSection, iamUser } from '../builders/iam.js';

// The credential report as AWS writes it: 22 columns, no quoting (a user name with commas is
// written as is). https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const WIDTH = HEADER.split(',').length;
const ACCOUNT = ACCOUNT_ID;
const T = '2026-06-01T10:00:00+00:00';

/** A user row in AWS's unquoted form; `cols` overrides columns by name. */
function row(user: string, cols: Record<string, string> = {}, path = '/'): string {
  const base: Record<string, string> = {
    user,
    arn: `arn:aws:iam::${ACCOUNT}:user${path}${user}`,
    user_creation_time: T,
    password_enabled: 'true',
    password_last_used: T,
    password_last_changed: T,
    password_next_rotation: 'N/A',
    mfa_active: 'false',
    access_key_1_active: 'false',
    access_key_1_last_rotated: 'N/A',
    access_key_1_last_used_date: 'N/A',
    access_key_1_last_used_region: 'N/A',
    access_key_1_last_used_service: 'N/A',
    access_key_2_active: 'false',
    access_key_2_last_rotated: 'N/A',
    access_key_2_last_used_date: 'N/A',
    access_key_2_last_used_region: 'N/A',
    access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false',
    cert_1_last_rotated: 'N/A',
    cert_2_active: 'false',
    cert_2_last_rotated: 'N/A',
    ...cols,
  };
  return HEADER.split(',')
    .map((c) => base[c])
    .join(',');
}
const report = (...rows: string[]) => parseCredentialReport(`${HEADER}\n${rows.join('\n')}\n`, new Date('2026-06-15T00:00:00Z'));

describe('credential report rows with commas in user names (AWS does not quote them)', () => {
  it('rebuilds the row of eve,true,true from its ARN anchor, so no column shifts', () => {
    const r = report(row('eve,true,true', { mfa_active: 'false', password_enabled: 'true' }), row('bob', { mfa_active: 'true' }));
    expect(r.unreadableRows).toBe(0);
    expect(r.users.map((u) => [u.user, u.arn, u.mfaActive, u.passwordEnabled])).toEqual([
      ['eve,true,true', `arn:aws:iam::${ACCOUNT}:user/eve,true,true`, false, true],
      ['bob', `arn:aws:iam::${ACCOUNT}:user/bob`, true, true],
    ]);
    expect(r.users[0]?.unreadable).toEqual([]);
  });

  it('anchors a pathed user and a user whose name ends like the ARN', () => {
    const r = report(row('x,a', {}, '/team,ops/'), row('a,arn'));
    expect(r.users.map((u) => u.user)).toEqual(['x,a', 'a,arn']);
  });

  it('drops and counts a row whose cells cannot be lined up with the header, never naming a user from it', () => {
    const shifted = `mallory,x,${row('bob').split(',').slice(1).join(',')}`; // one cell too many, ARN does not end with the name
    const short = row('carol').split(',').slice(0, 10).join(',');
    const r = report(shifted, short, row('dave'));
    expect(r.unreadableRows).toBe(2);
    expect(r.users.map((u) => u.user)).toEqual(['dave']);
  });

  it('alignRow keeps a well-formed row and refuses one whose ARN does not name the user', () => {
    const cells = row('bob').split(',');
    expect(alignRow(cells, WIDTH)).toEqual(cells);
    expect(alignRow(['alice', ...cells.slice(1)], WIDTH)).toBeNull();
  });

  it('a check over such a report names only real users: the unattributable row is UNKNOWN for its user, not a finding about "true"', () => {
    const bad = `eve,true,true,arn:aws:iam::${ACCOUNT}:user/someone-else,${row('x').split(',').slice(2).join(',')}`;
    const parsed = report(bad, row('bob', { mfa_active: 'true' }));
    const users = [
      iamUser({ userName: 'eve,true,true', arn: iamArn('user/eve,true,true') }),
      iamUser({ userName: 'bob', arn: iamArn('user/bob') }),
    ];
    const inv = buildInventory({
      iam: iamSection({ credentialReport: { ok: true, value: parsed }, users: { ok: true, value: users } }),
    });
    const results = run(iamUserMfaEnabled, inv);
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      [iamArn('user/bob'), 'PASS'],
      [iamArn('user/eve,true,true'), 'UNKNOWN'],
    ]);
    expect(results[1]?.reason).toContain('1 row(s) of the report could not be read');
  });
});

describe('credential report literals and dates', () => {
  it('gives each documented literal its meaning: N/A and no_information are no date, not_supported is no value', () => {
    const r = report(
      row('ann', {
        password_last_used: 'no_information',
        access_key_1_active: 'true',
        access_key_1_last_rotated: T,
        access_key_1_last_used_date: 'N/A',
      }),
      `<root_account>,arn:aws:iam::${ACCOUNT}:root,${T},not_supported,${T},not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
    expect(r.users[0]).toMatchObject({ passwordLastUsed: null, accessKey1Active: true, accessKey1LastUsedDate: null, unreadable: [] });
    expect(r.root).toMatchObject({ passwordEnabled: null, passwordLastChanged: null, mfaActive: true, unreadable: [] });
  });

  it('names every value that is neither a documented literal nor a strict timestamp or boolean', () => {
    const r = report(
      row('ann', {
        password_last_used: 'yesterday',
        access_key_1_last_used_date: '2026-06-01', // a bare date is not what AWS writes
        mfa_active: 'yes',
        password_last_changed: 'no_information', // a literal of another column
        user_creation_time: 'N/A', // the creation time has no literal
      }),
    );
    expect(r.users[0]?.unreadable).toEqual([
      'user_creation_time "N/A"',
      'password_last_used "yesterday"',
      'password_last_changed "no_information"',
      'mfa_active "yes"',
      'access_key_1_last_used_date "2026-06-01"',
    ]);
    expect(r.users[0]).toMatchObject({ passwordLastUsed: null, mfaActive: null, accessKey1LastUsedDate: null });
  });

  it('a row with an unreadable value is UNKNOWN naming the column, never judged on a guess', () => {
    const parsed = report(
      row('ann', { access_key_1_active: 'true', access_key_1_last_rotated: T, access_key_1_last_used_date: 'last week' }),
    );
    const inv = buildInventory({
      iam: iamSection({
        credentialReport: { ok: true, value: parsed },
        users: { ok: true, value: [iamUser({ userName: 'ann', arn: iamArn('user/ann') })] },
      }),
    });
    const [r] = run(iamUserCredentialsUnused45DaysDisabled, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('access_key_1_last_used_date "last week"');
  });

  it('does not judge a report row for a user the account no longer lists', () => {
    const parsed = report(row('gone'), row('bob', { mfa_active: 'true' }));
    const inv = buildInventory({
      iam: iamSection({
        credentialReport: { ok: true, value: parsed },
        users: { ok: true, value: [iamUser({ userName: 'bob', arn: iamArn('user/bob') })] },
      }),
    });
    expect(run(iamUserMfaEnabled, inv).map((r) => r.resourceArn)).toEqual([iamArn('user/bob')]);
  });
});
