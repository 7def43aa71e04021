import { ec2ElasticIpTagged as check } from '../../../src/checks/ec2/ec2-elastic-ip-tagged.js';
import { ec2Address } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'addresses',
  label: 'Elastic IP address 198.51.100.7',
  action: 'ec2:DescribeAddresses',
  make: (tags) => ec2Address({ tags }),
  recordedByOlderVersions: false,
});
