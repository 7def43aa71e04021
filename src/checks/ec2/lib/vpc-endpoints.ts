/**
 * The "VPC configured with an endpoint for <service>" controls (EC2.10, EC2.55-EC2.60): one row
 * per service. Each VPC passes when it has an endpoint for com.amazonaws.<region>.<service> that
 * is not gone (deleted, rejected, failed, expired); the interface-endpoint controls also need the
 * endpoint to be of type Interface.
 */
import { defineCheck, eachRegional, fail, pass, unknown } from '../../define-check.js';

export interface VpcEndpointControl {
  id: string;
  controlId: string;
  title: string;
  /** The last part of the service name: 'ec2', 'ecr.api', 'ssm', ... */
  service: string;
  /** What the service is called in reasons */
  serviceLabel: string;
  interfaceOnly: boolean;
  rationale: string;
  docs: string;
}

const GONE = new Set(['deleted', 'deleting', 'failed', 'rejected', 'expired']);

export function defineVpcEndpointCheck(c: VpcEndpointControl) {
  const kind = c.interfaceOnly ? 'an interface endpoint' : 'an endpoint';
  return defineCheck({
    id: c.id,
    title: c.title,
    service: 'ec2',
    severity: 'medium',
    resourceType: 'AwsEc2Vpc',
    frameworks: { fsbp: [c.controlId] },
    rationale: c.rationale,
    remediation: {
      summary: `Create ${kind} for ${c.serviceLabel} in the VPC (with private DNS, in the subnets its workloads use).`,
      cli: `aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.${c.service} --subnet-ids <subnet-ids> --private-dns-enabled`,
      docs: c.docs,
    },
    reads: ['ec2'],
    evaluate: (inv, ctx) =>
      eachRegional(ctx, inv.ec2.regions, 'vpcs', 'ec2', (vpc, data, region) => {
        if (!data.vpcEndpoints.ok) return unknown(vpc, data.vpcEndpoints.error);
        const name = `com.amazonaws.${region}.${c.service}`;
        const found = data.vpcEndpoints.value.find(
          (e) =>
            e.vpcId === vpc.vpcId &&
            e.serviceName === name &&
            !GONE.has((e.state ?? '').toLowerCase()) &&
            (!c.interfaceOnly || e.vpcEndpointType === 'Interface'),
        );
        return found
          ? pass(vpc, `VPC ${vpc.vpcId} has ${kind} for ${c.serviceLabel} (${found.vpcEndpointId}).`)
          : fail(vpc, `VPC ${vpc.vpcId} has no ${c.interfaceOnly ? 'interface ' : ''}endpoint for ${c.serviceLabel} (${name}).`);
      }),
  });
}
