import { describe, it, expect } from 'vitest';
import { ec2EbsDefaultEncryptionEnabled as check } from '../../../src/checks/ec2/ec2-ebs-default-encryption-enabled.js';
import { ACCOUNT_ID, ok } from '../../builders/index.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-ebs-default-encryption-enabled', () => {
  it('passes per region when enabled, with the regional account as resource', () => {
    const [r] = inRegion(runWith(check, { ebsEncryptionByDefault: ok(true) }));
    expect(r?.status).toBe('PASS');
    expect(r?.resourceArn).toBe(`arn:aws:ec2:${R}:${ACCOUNT_ID}:account`);
    expect(r?.resourceType).toBe('AwsAccount');
  });

  it('fails in the region where it is disabled only', () => {
    const results = runWith(check, { ebsEncryptionByDefault: ok(false) });
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['eu-west-1', 'PASS'],
      [R, 'FAIL'],
    ]);
  });

  it('is UNKNOWN naming the action when GetEbsEncryptionByDefault is denied', () => {
    const [r] = inRegion(runWith(check, { ebsEncryptionByDefault: deniedEc2('ec2:GetEbsEncryptionByDefault') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:GetEbsEncryptionByDefault');
  });
});
