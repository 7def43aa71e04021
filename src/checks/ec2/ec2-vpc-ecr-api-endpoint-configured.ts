import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcEcrApiEndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ecr-api-endpoint-configured',
  controlId: 'EC2.55',
  title: 'VPCs have an interface endpoint for the ECR API',
  service: 'ecr.api',
  serviceLabel: 'the ECR API',
  interfaceOnly: true,
  rationale:
    'Workloads that pull images call the ECR API; an interface endpoint keeps those calls private to the VPC and lets an endpoint policy limit them. As Security Hub EC2.55, each VPC fails without an interface endpoint for com.amazonaws.<region>.ecr.api.',
  docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
});
