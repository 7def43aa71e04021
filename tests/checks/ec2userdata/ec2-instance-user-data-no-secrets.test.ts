import { describe, expect, it } from 'vitest';
import { ec2InstanceUserDataNoSecrets as check } from '../../../src/checks/ec2userdata/ec2-instance-user-data-no-secrets.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ec2userdataSection, userDataInstance } from '../../builders/ec2userdata.js';

const one = (overrides: Parameters<typeof userDataInstance>[2]) =>
  run(check, buildInventory({ ec2userdata: ec2userdataSection([userDataInstance('i-0123', 'us-east-1', overrides)]) }))[0];

describe('ec2-instance-user-data-no-secrets', () => {
  it('passes instances whose user data holds nothing secret-looking, or that have none', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EC2 instance i-0123 user data holds nothing that looks like a secret.');
    expect(one({ userData: ok({ present: false, secretMatches: [] }) })?.reason).toBe('EC2 instance i-0123 has no user data.');
  });

  it('fails user data with matches, naming the line and rule, with the masked hint only', () => {
    const r = one({
      userData: ok({
        present: true,
        secretMatches: [{ rule: 'password-assignment', location: 'user data line 3', hint: 'password=<redacted, 14 characters>' }],
      }),
    });
    expect(r).toMatchObject({
      status: 'FAIL',
      resourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0123',
      reason:
        'EC2 instance i-0123 user data holds possible secrets: user data line 3 (password-assignment: password=<redacted, 14 characters>).',
    });
  });

  it('is UNKNOWN naming the denied action', () => {
    const r = one({ userData: denied('ec2:DescribeInstanceAttribute') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstanceAttribute was denied');
  });
});
