import { describe, it, expect } from 'vitest';
import { ec2ElasticIpInUse as check } from '../../../src/checks/ec2/ec2-elastic-ip-in-use.js';
import { ok } from '../../builders/index.js';
import { ec2Address } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2Address>[0]) => inRegion(runWith(check, { addresses: ok([ec2Address({ region: R, ...o })]) }))[0];

describe('ec2-elastic-ip-in-use', () => {
  it('passes an associated address', () => {
    expect(one({})).toMatchObject({ status: 'PASS', reason: 'Elastic IP 198.51.100.7 is associated with i-0a1b2c3d4e5f60001.' });
  });
  it('fails an address with no association', () => {
    expect(one({ associationId: null, instanceId: null, networkInterfaceId: null })).toMatchObject({
      status: 'FAIL',
      reason: 'Elastic IP 198.51.100.7 is not associated with any instance or network interface.',
    });
  });
  it('is UNKNOWN naming ec2:DescribeAddresses when denied', () => {
    const [r] = inRegion(runWith(check, { addresses: deniedEc2('ec2:DescribeAddresses') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeAddresses');
  });
});
