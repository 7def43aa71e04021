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
  IAM: {},

  KMS: {},

  S3: {
    'S3.19':
      'S3 access points are not read yet: deciding it needs s3control ListAccessPoints and a GetAccessPoint per access point (PublicAccessBlockConfiguration) in every region.',
    'S3.24':
      'Multi-Region Access Points are not read yet: s3control ListMultiRegionAccessPoints (answered from us-west-2 only) would give each one its PublicAccessBlock.',
    'S3.25':
      "S3 directory buckets are not read yet: they are listed by ListDirectoryBuckets and their lifecycle is read through each Availability Zone's zonal endpoint.",
  },

  CloudTrail: {},

  Macie: {},

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
