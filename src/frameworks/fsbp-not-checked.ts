/**
 * FSBP controls (and the other Security Hub controls of a listed prefix, such as its tagging
 * controls) that Bulwark deliberately has no check for, with the reason, per Security Hub service prefix. A service listed here is *complete*: every FSBP control of that prefix either has
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

  RDS: {
    'RDS.31':
      'DB security groups are an EC2-Classic feature AWS retired in 2023; deciding it needs rds:DescribeDBSecurityGroups and an rds:ListTagsForResource per group (the list carries no tags), which the rds collector does not read.',
    'RDS.33':
      'DB subnet groups are not read yet: DescribeDBSubnetGroups returns no tags, so it needs an rds:ListTagsForResource per subnet group (1 + N calls per region).',
  },

  SecretsManager: {},

  Lambda: {},

  SNS: {},

  SQS: {},

  ECR: {
    'ECR.4':
      'Public repositories are not read: they need ecr-public DescribeRepositories (us-east-1 only) and an ecr-public:ListTagsForResource per repository, and moto answers ecr-public with HTTP 500, so no collector test could run on it.',
  },

  CloudFormation: {},

  EFS: {},

  DynamoDB: {},

  ELB: {},

  CloudFront: {},

  WAF: {},

  SageMaker: {
    'SageMaker.6':
      'App image configurations are not read yet: sagemaker:ListAppImageConfigs, then a sagemaker:ListTags per configuration (the list carries no tags).',
    'SageMaker.7': 'Images are not read yet: sagemaker:ListImages, then a sagemaker:ListTags per image (the list carries no tags).',
  },

  Inspector: {},

  Redshift: {},

  DMS: {
    'DMS.2':
      'Certificates are not read yet: dms:DescribeCertificates, then dms:ListTagsForResource over their ARNs (ResourceArnList: one call for many resources).',
    'DMS.3':
      'Event subscriptions are not read yet: dms:DescribeEventSubscriptions (no ARN in the answer: AWS documents arn:...:es:NAME), then dms:ListTagsForResource over their ARNs.',
    'DMS.5':
      'Replication subnet groups are not read yet: dms:DescribeReplicationSubnetGroups (no ARN in the answer), then dms:ListTagsForResource over their ARNs.',
  },

  Opensearch: {},

  ES: {},

  APIGateway: {},

  EKS: {
    'EKS.7':
      'Identity provider configurations are not read yet: eks:ListIdentityProviderConfigs per cluster, then eks:DescribeIdentityProviderConfig per configuration for its tags.',
  },

  SSM: {},

  AutoScaling: {},

  ACM: {},

  Kinesis: {},

  Backup: {
    'Backup.2':
      'Recovery point tags need a backup:ListTags per recovery point, which can be thousands per vault; moto cannot list recovery points (404), so the cost and the collector could not be measured or tested on it.',
    'Backup.3': 'Vault tags are not read yet: AWS Backup has no bulk tag read, so it needs a backup:ListTags per vault.',
    'Backup.4': 'Report plans are not read yet: backup:ListReportPlans, then a backup:ListTags per report plan.',
    'Backup.5': 'Backup plan tags are not read yet: a backup:ListTags per plan (ListBackupPlans carries no tags).',
  },

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
