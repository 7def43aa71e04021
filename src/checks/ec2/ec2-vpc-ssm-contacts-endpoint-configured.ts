import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcSsmContactsEndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ssm-contacts-endpoint-configured',
  controlId: 'EC2.58',
  title: 'VPCs have an interface endpoint for Systems Manager Incident Manager Contacts',
  service: 'ssm-contacts',
  serviceLabel: 'Systems Manager Incident Manager Contacts',
  interfaceOnly: true,
  rationale:
    'Incident response tooling in the VPC reaches Incident Manager Contacts; an interface endpoint keeps those calls private to the VPC. As Security Hub EC2.58, each VPC fails without an interface endpoint for com.amazonaws.<region>.ssm-contacts.',
  docs: 'https://docs.aws.amazon.com/incident-manager/latest/userguide/vpc-interface-endpoints.html',
});
