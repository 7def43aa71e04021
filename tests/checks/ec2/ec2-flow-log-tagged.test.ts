import { ec2FlowLogTagged as check } from '../../../src/checks/ec2/ec2-flow-log-tagged.js';
import { ec2FlowLog } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'flowLogs',
  label: 'Flow log fl-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeFlowLogs',
  make: (tags) => ec2FlowLog({ tags }),
  recordedByOlderVersions: true,
});
