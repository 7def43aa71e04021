/**
 * Every ASFF resource type a check reports on, with the plural noun the NOT_APPLICABLE sentence
 * uses ("Account 1234 has no S3 buckets in the scanned regions."). Checks and resource refs are
 * typed by its keys, so a misspelled type fails to compile and every type has its noun.
 */
export const RESOURCE_TYPES = {
  AwsAccount: { noun: 'account-level data for this check' },
  AwsCloudFormationStack: { noun: 'CloudFormation stacks' },
  AwsCloudTrailTrail: { noun: 'CloudTrail trails' },
  AwsDynamoDbTable: { noun: 'DynamoDB tables' },
  AwsEc2Instance: { noun: 'EC2 instances' },
  AwsEc2NetworkAcl: { noun: 'network ACLs' },
  AwsEc2SecurityGroup: { noun: 'security groups' },
  AwsEc2Subnet: { noun: 'subnets' },
  AwsEc2Volume: { noun: 'EBS volumes in scope' },
  AwsEc2Vpc: { noun: 'VPCs' },
  AwsEcrRepository: { noun: 'ECR private repositories' },
  AwsEfsAccessPoint: { noun: 'EFS access points' },
  AwsEfsFileSystem: { noun: 'EFS file systems' },
  AwsGuardDutyDetector: { noun: 'GuardDuty detectors' },
  AwsIamGroup: { noun: 'IAM groups' },
  AwsIamPolicy: { noun: 'IAM policies in scope' },
  AwsIamRole: { noun: 'IAM roles' },
  AwsIamUser: { noun: 'IAM users' },
  AwsKmsKey: { noun: 'KMS keys in scope' },
  AwsLambdaFunction: { noun: 'Lambda functions in scope' },
  AwsRdsDbCluster: { noun: 'RDS DB clusters in scope' },
  AwsRdsDbClusterSnapshot: { noun: 'RDS DB cluster snapshots' },
  AwsRdsDbInstance: { noun: 'RDS DB instances in scope' },
  AwsRdsDbSnapshot: { noun: 'RDS DB snapshots' },
  AwsRdsEventSubscription: { noun: 'RDS event subscriptions' },
  AwsS3Bucket: { noun: 'S3 buckets' },
  AwsSnsTopic: { noun: 'SNS topics' },
  AwsSqsQueue: { noun: 'SQS queues' },
  AwsSecretsManagerSecret: { noun: 'Secrets Manager secrets in scope' },
  // ASFF's catch-all: AMIs, EBS snapshots, key pairs, internet and VPN gateways, VPC endpoints and
  // server certificates have no ASFF type of their own, so one noun has to cover them all.
  Other: { noun: 'resources of the kind this check covers' },
} as const satisfies Record<string, { noun: string }>;

export type ResourceType = keyof typeof RESOURCE_TYPES;
