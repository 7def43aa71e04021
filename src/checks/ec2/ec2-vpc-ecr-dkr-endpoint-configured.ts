import { defineVpcEndpointCheck } from './lib/vpc-endpoints.js';

export const ec2VpcEcrDkrEndpointConfigured = defineVpcEndpointCheck({
  id: 'ec2-vpc-ecr-dkr-endpoint-configured',
  controlId: 'EC2.56',
  title: 'VPCs have an interface endpoint for the ECR Docker registry',
  service: 'ecr.dkr',
  serviceLabel: 'the ECR Docker registry',
  interfaceOnly: true,
  rationale:
    'Image pulls go to the Docker registry endpoint of ECR; an interface endpoint keeps them private to the VPC and lets an endpoint policy limit them. As Security Hub EC2.56, each VPC fails without an interface endpoint for com.amazonaws.<region>.ecr.dkr.',
  docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
});
