import { ec2VpcEndpointServiceTagged as check } from '../../../src/checks/ec2/ec2-vpc-endpoint-service-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'vpcEndpointServices',
  label: 'VPC endpoint service vpce-svc-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeVpcEndpointServiceConfigurations',
  make: (tags) => ec2TaggedResource('vpc-endpoint-service', 'vpce-svc-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'Deleted' },
});
