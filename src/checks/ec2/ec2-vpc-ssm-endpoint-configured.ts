import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcSsmEndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ssm-endpoint-configured',
  controlId: 'EC2.57',
  title: 'VPCs have an interface endpoint for Systems Manager',
  service: 'ssm',
  serviceLabel: 'Systems Manager',
  interfaceOnly: true,
  rationale:
    'Managed instances talk to Systems Manager continuously; an interface endpoint keeps that channel private to the VPC, so instances need no internet path to be managed. As Security Hub EC2.57, each VPC fails without an interface endpoint for com.amazonaws.<region>.ssm.',
  docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html',
});
