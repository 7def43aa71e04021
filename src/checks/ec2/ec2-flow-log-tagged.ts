import { defineEc2TaggedCheck, ec2ArnFrom } from './lib/tagged.js';

export const ec2FlowLogTagged = defineEc2TaggedCheck({
  id: 'ec2-flow-log-tagged',
  controlId: 'EC2.48',
  title: 'VPC flow logs are tagged',
  resourceType: 'Other',
  noun: 'Flow log',
  action: 'ec2:DescribeFlowLogs',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.flowLogs,
  idOf: (x) => x.flowLogId,
  tagsOf: (x) => x.tags,
  // Flow logs carry no ARN in DescribeFlowLogs; AWS's format is arn:...:vpc-flow-log/<id>.
  refOf: (x, region, accountArn) => ({ arn: ec2ArnFrom(accountArn, `vpc-flow-log/${x.flowLogId}`), region }),
});
