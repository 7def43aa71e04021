import { ec2PrefixListTagged as check } from '../../../src/checks/ec2/ec2-prefix-list-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'prefixLists',
  label: 'Prefix list pl-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeManagedPrefixLists',
  make: (tags) => ec2TaggedResource('prefix-list', 'pl-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'delete-complete' },
});
