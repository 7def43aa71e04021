import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcEc2EndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ec2-endpoint-configured',
  controlId: 'EC2.10',
  title: 'VPCs have an endpoint for the Amazon EC2 API',
  service: 'ec2',
  serviceLabel: 'Amazon EC2',
  interfaceOnly: false,
  rationale:
    'Without a VPC endpoint, calls from the VPC to the EC2 API leave for its public endpoint over an internet or NAT path; an endpoint keeps them on the AWS network and lets an endpoint policy limit them. As Security Hub EC2.10 (serviceName ec2), each VPC fails without an endpoint for com.amazonaws.<region>.ec2.',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html',
});
