import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2VpcEndpointServiceTagged = defineEc2TaggedCheck({
  id: 'ec2-vpc-endpoint-service-tagged',
  controlId: 'EC2.47',
  title: 'VPC endpoint services are tagged',
  resourceType: 'AwsEc2VpcEndpointService',
  noun: 'VPC endpoint service',
  action: 'ec2:DescribeVpcEndpointServiceConfigurations',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.vpcEndpointServices,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'Deleted' || x.state === 'Deleting' || x.state === 'Failed',
});
