/**
 * Every ASFF resource type a check reports on, with the plural noun the NOT_APPLICABLE sentence
 * uses ("Account 1234 has no S3 buckets in the scanned regions."). Checks and resource refs are
 * typed by its keys, so a misspelled type fails to compile and every type has its noun.
 */
export const RESOURCE_TYPES = {
  // ASFF's catch-all: AMIs, EBS snapshots, key pairs, internet and VPN gateways, VPC endpoints and
  // server certificates have no ASFF type of their own, so one noun has to cover them all.
  AwsAccount: { noun: 'account-level data for this check' },
  AwsCloudFrontDistribution: { noun: 'CloudFront distributions in scope' },
  AwsApiGatewayStage: { noun: 'API Gateway REST API stages' },
  AwsApiGatewayV2Stage: { noun: 'API Gateway HTTP and WebSocket API stages' },
  AwsApiGatewayV2Route: { noun: 'API Gateway HTTP and WebSocket API routes' },
  AwsApiGatewayV2Integration: { noun: 'API Gateway private integrations' },
  AwsCloudTrailTrail: { noun: 'CloudTrail trails' },
  AwsDmsEndpoint: { noun: 'DMS endpoints in scope' },
  AwsDmsReplicationInstance: { noun: 'DMS replication instances' },
  AwsDmsReplicationTask: { noun: 'DMS replication tasks' },
  AwsDynamoDbTable: { noun: 'DynamoDB tables' },
  AwsEc2Instance: { noun: 'EC2 instances' },
  AwsEc2NetworkAcl: { noun: 'network ACLs' },
  AwsEc2SecurityGroup: { noun: 'security groups' },
  AwsEc2Subnet: { noun: 'subnets' },
  AwsEc2Volume: { noun: 'EBS volumes in scope' },
  AwsEc2Vpc: { noun: 'VPCs' },
  AwsEcrRepository: { noun: 'ECR private repositories' },
  AwsEksCluster: { noun: 'EKS clusters' },
  AwsEfsAccessPoint: { noun: 'EFS access points' },
  AwsEfsFileSystem: { noun: 'EFS file systems' },
  AwsElbLoadBalancer: { noun: 'Classic Load Balancers in scope' },
  AwsElbv2Listener: { noun: 'load balancer listeners in scope' },
  AwsElbv2LoadBalancer: { noun: 'Application, Network or Gateway Load Balancers in scope' },
  AwsElbv2TargetGroup: { noun: 'target groups in scope' },
  AwsElasticsearchDomain: { noun: 'OpenSearch Service (Elasticsearch) domains' },
  AwsGuardDutyDetector: { noun: 'GuardDuty detectors' },
  AwsIamGroup: { noun: 'IAM groups' },
  AwsIamPolicy: { noun: 'IAM policies in scope' },
  AwsIamRole: { noun: 'IAM roles' },
  AwsIamUser: { noun: 'IAM users' },
  AwsKmsKey: { noun: 'KMS keys in scope' },
  AwsLambdaFunction: { noun: 'Lambda functions in scope' },
  AwsOpenSearchServiceDomain: { noun: 'OpenSearch Service domains' },
  AwsRdsDbCluster: { noun: 'RDS DB clusters in scope' },
  AwsRdsDbClusterSnapshot: { noun: 'RDS DB cluster snapshots' },
  AwsRdsDbInstance: { noun: 'RDS DB instances in scope' },
  AwsRdsDbSnapshot: { noun: 'RDS DB snapshots' },
  AwsRdsEventSubscription: { noun: 'RDS event subscriptions' },
  AwsRedshiftCluster: { noun: 'Redshift clusters' },
  AwsS3Bucket: { noun: 'S3 buckets' },
  AwsSageMakerNotebookInstance: { noun: 'SageMaker notebook instances' },
  AwsSecretsManagerSecret: { noun: 'Secrets Manager secrets in scope' },
  AwsSnsTopic: { noun: 'SNS topics' },
  AwsSqsQueue: { noun: 'SQS queues' },
  AwsWafRegionalRule: { noun: 'AWS WAF Classic Regional rules' },
  AwsWafRegionalRuleGroup: { noun: 'AWS WAF Classic Regional rule groups' },
  AwsWafRegionalWebAcl: { noun: 'AWS WAF Classic Regional web ACLs' },
  AwsWafRule: { noun: 'AWS WAF Classic global rules' },
  AwsWafRuleGroup: { noun: 'AWS WAF Classic global rule groups' },
  AwsWafWebAcl: { noun: 'AWS WAF Classic global web ACLs' },
  AwsWafv2RuleGroup: { noun: 'AWS WAF rule groups in scope' },
  AwsWafv2WebAcl: { noun: 'AWS WAF web ACLs' },
  AwsSsmDocument: { noun: 'Systems Manager documents owned by the account' },
  AwsSsmPatchCompliance: { noun: 'managed instances with patch compliance data' },
  // ASFF's catch-all: AMIs, EBS snapshots, key pairs, internet and VPN gateways, VPC endpoints and
  // server certificates have no ASFF type of their own, so one noun has to cover them all.
  Other: { noun: 'resources of the kind this check covers' },
} as const satisfies Record<string, { noun: string }>;

export type ResourceType = keyof typeof RESOURCE_TYPES;
