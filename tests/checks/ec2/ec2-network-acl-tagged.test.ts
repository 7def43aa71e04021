import { ec2NetworkAclTagged as check } from '../../../src/checks/ec2/ec2-network-acl-tagged.js';
import { ec2NetworkAcl } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'networkAcls',
  label: 'Network ACL acl-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeNetworkAcls',
  make: (tags) => ec2NetworkAcl({ tags }),
  recordedByOlderVersions: true,
});
