/** The cases every "VPC has an endpoint for <service>" control is tested with. */
import { describe, it, expect } from 'vitest';
import type { AnyCheck } from '../../../src/checks/types.js';
import { ok } from '../../builders/index.js';
import { ec2VpcEndpoint } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const VPC = 'vpc-0a1b2c3d4e5f60001';

export function describeVpcEndpointControl(check: AnyCheck, c: { service: string; label: string; interfaceOnly: boolean }): void {
  const name = `com.amazonaws.${R}.${c.service}`;
  const endpoint = (o: Parameters<typeof ec2VpcEndpoint>[0] = {}) =>
    ec2VpcEndpoint({ region: R, vpcEndpointId: 'vpce-0000000000000000a', vpcEndpointType: 'Interface', serviceName: name, ...o });
  const one = (endpoints: ReturnType<typeof ec2VpcEndpoint>[]) => inRegion(runWith(check, { vpcEndpoints: ok(endpoints) }));

  describe(check.id, () => {
    it(`passes a VPC with an available endpoint for ${c.service}`, () => {
      const [r] = one([endpoint()]);
      expect(r?.status).toBe('PASS');
      expect(r?.reason).toBe(
        `VPC ${VPC} has ${c.interfaceOnly ? 'an interface endpoint' : 'an endpoint'} for ${c.label} (vpce-0000000000000000a).`,
      );
    });

    it('fails a VPC without one, one whose endpoint is in another VPC, and one whose endpoint was deleted', () => {
      const reason = `VPC ${VPC} has no ${c.interfaceOnly ? 'interface ' : ''}endpoint for ${c.label} (${name}).`;
      for (const endpoints of [
        [],
        [endpoint({ vpcId: 'vpc-other' })],
        [endpoint({ state: 'deleted' })],
        [endpoint({ serviceName: `com.amazonaws.${R}.s3` })],
      ]) {
        const [r] = one(endpoints);
        expect(r?.status).toBe('FAIL');
        expect(r?.reason).toBe(reason);
      }
    });

    if (c.interfaceOnly)
      it('fails a VPC whose endpoint for the service is not an interface endpoint', () => {
        expect(one([endpoint({ vpcEndpointType: 'Gateway' })])[0]?.status).toBe('FAIL');
      });

    it('is UNKNOWN naming ec2:DescribeVpcEndpoints or ec2:DescribeVpcs when denied', () => {
      const [e] = inRegion(runWith(check, { vpcEndpoints: deniedEc2('ec2:DescribeVpcEndpoints') }));
      expect(e?.status).toBe('UNKNOWN');
      expect(e?.reason).toContain('ec2:DescribeVpcEndpoints');
      const [v] = inRegion(runWith(check, { vpcs: deniedEc2('ec2:DescribeVpcs') }));
      expect(v?.status).toBe('UNKNOWN');
      expect(v?.reason).toContain('ec2:DescribeVpcs');
    });
  });
}
