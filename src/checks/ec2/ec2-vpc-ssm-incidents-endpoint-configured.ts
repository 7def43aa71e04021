import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcSsmIncidentsEndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ssm-incidents-endpoint-configured',
  controlId: 'EC2.60',
  title: 'VPCs have an interface endpoint for Systems Manager Incident Manager',
  service: 'ssm-incidents',
  serviceLabel: 'Systems Manager Incident Manager',
  interfaceOnly: true,
  rationale:
    'Incident response tooling in the VPC reaches Incident Manager; an interface endpoint keeps those calls private to the VPC. As Security Hub EC2.60, each VPC fails without an interface endpoint for com.amazonaws.<region>.ssm-incidents.',
  docs: 'https://docs.aws.amazon.com/incident-manager/latest/userguide/vpc-interface-endpoints.html',
});
