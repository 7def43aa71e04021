/**
 * FSBP controls that Bulwark deliberately has no check for, with the reason, per Security Hub
 * service prefix. A service listed here is *complete*: every FSBP control of that prefix either has
 * a check mapped to it or an entry here (tests/frameworks/fsbp-not-checked.test.ts holds this), so
 * a user can tell "not covered, and why" from "forgotten". `docs/checks.md` prints the list.
 *
 * Reasons say what AWS documents the control to need that read-only control-plane APIs cannot give
 * (data-plane access, a service Bulwark does not read yet, a retired control).
 */
export const FSBP_NOT_CHECKED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  RDS: {},

  SecretsManager: {},

  Lambda: {},

  SNS: {},

  SQS: {},

  ECR: {},

  CloudFormation: {},

  EFS: {},

  DynamoDB: {},

  ELB: {},

  CloudFront: {},

  WAF: {},

  SageMaker: {},

  Inspector: {},

  Redshift: {},

  DMS: {},

  Opensearch: {},

  ES: {},

  APIGateway: {},

  EKS: {},

  SSM: {},

  AutoScaling: {},

  ACM: {},

  Kinesis: {},

  Backup: {},

  EC2: {
    'EC2.172':
      'Needs ec2:DescribeVpcBlockPublicAccessOptions (the account-level VPC Block Public Access mode), which the ec2 collector does not read yet and moto cannot answer.',
    'EC2.173':
      'Needs ec2:DescribeSpotFleetRequests with their launch specifications and block device mappings, which the ec2 collector does not read yet.',
    'EC2.182':
      'Needs ec2:GetSnapshotBlockPublicAccessState (the regional block public access setting for EBS snapshots), which the ec2 collector does not read yet and moto cannot answer.',
  },

  GuardDuty: {},

  CloudWatch: {},
};
