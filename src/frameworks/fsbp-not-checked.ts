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

  EFS: {
    'EFS.2': 'Needs AWS Backup protected-resource data, which Bulwark does not read yet.',
  },

  DynamoDB: {
    'DynamoDB.1': 'Needs Application Auto Scaling scaling policies, which Bulwark does not read yet.',
    'DynamoDB.3': 'Needs DynamoDB Accelerator (DAX) clusters, which Bulwark does not read yet.',
    'DynamoDB.7': 'Needs DynamoDB Accelerator (DAX) clusters, which Bulwark does not read yet.',
  },

  // ELB: not read yet

  // CloudFront: not read yet

  // WAF: not read yet

  // SageMaker: not read yet

  // Inspector: not read yet

  // Redshift: not read yet

  // DMS: not read yet

  // Opensearch: not read yet

  // ES: not read yet

  // APIGateway: not read yet

  // EKS: not read yet

  // SSM: not read yet

  // AutoScaling: not read yet

  // ACM: not read yet

  // Kinesis: not read yet

  // Backup: not read yet
};
