import { describe, it, expect } from 'vitest';
import { ec2ImageNotPublic as check } from '../../../src/checks/ec2/ec2-image-not-public.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Image } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-image-not-public', () => {
  it('passes for a private AMI', () => {
    const i = ec2Image({ region: R });
    expect(statusByArn(runWith(check, { images: ok([i]) }))[i.arn]).toBe('PASS');
  });

  it('fails when DescribeImages says Public, even if the attribute read failed', () => {
    const i = ec2Image({ region: R, public: true, launchPermissions: deniedEc2('ec2:DescribeImageAttribute') });
    const [r] = inRegion(runWith(check, { images: ok([i]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`AMI ${i.imageId} (app-base) is public.`);
  });

  it('fails when launchPermission grants group all', () => {
    const i = ec2Image({ region: R, launchPermissions: ok([{ group: 'all', userId: null, organizationArn: null }]) });
    expect(statusByArn(runWith(check, { images: ok([i]) }))[i.arn]).toBe('FAIL');
  });

  it('is UNKNOWN when the launch permissions of a non-public AMI could not be read', () => {
    const i = ec2Image({ region: R, launchPermissions: deniedEc2('ec2:DescribeImageAttribute') });
    const [r] = inRegion(runWith(check, { images: ok([i]) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeImageAttribute');
  });

  it('is UNKNOWN naming the action when DescribeImages is denied', () => {
    const [r] = inRegion(runWith(check, { images: deniedEc2('ec2:DescribeImages') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeImages');
  });
});
