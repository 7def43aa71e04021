import { describe, it, expect } from 'vitest';
import { ec2VolumeEncrypted as check } from '../../../src/checks/ec2/ec2-volume-encrypted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Volume } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-volume-encrypted', () => {
  it('passes for an attached encrypted volume', () => {
    const v = ec2Volume({ region: R });
    expect(statusByArn(runWith(check, { volumes: ok([v]) }))[v.arn]).toBe('PASS');
  });

  it('fails for an attached unencrypted volume', () => {
    const v = ec2Volume({ region: R, encrypted: false, kmsKeyId: null });
    const [r] = inRegion(runWith(check, { volumes: ok([v]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('is not encrypted');
  });

  it('skips unattached volumes (FSBP EC2.3 covers attached ones)', () => {
    expect(
      inRegion(runWith(check, { volumes: ok([ec2Volume({ region: R, encrypted: false, state: 'available', attachments: [] })]) })),
    ).toEqual([]);
  });

  it('is UNKNOWN naming the action when DescribeVolumes is denied', () => {
    const [r] = inRegion(runWith(check, { volumes: deniedEc2('ec2:DescribeVolumes') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeVolumes');
  });
});
