/**
 * Every AWS service the scanner calls, keyed by its IAM action prefix (the `iam` of
 * `iam:GetAccountSummary`), with how the scheduler paces it. Throttling buckets belong to services,
 * not to inventory sections: the cloudwatch section calls logs, cloudwatch and sns, and ec2 is
 * called by the ec2 section and by region discovery.
 *
 * `AwsAction` is derived from these keys and `Reader.read` only accepts an `AwsAction`, so a call
 * to a service missing here fails to compile instead of silently getting some default pace.
 */
export interface RateLimit {
  /** Sustained calls per second. */
  ratePerSecond: number;
  /** Calls allowed at once before the sustained rate applies. */
  burst: number;
}

export interface ServicePacing {
  rateLimit: RateLimit;
  /** One bucket for the whole account whatever the client region (IAM, Organizations, the account API). */
  global: boolean;
  /** Buckets are per API action rather than per service. */
  perAction: boolean;
}

/** For services without documented or observed limits of their own. */
export const DEFAULT_RATE_LIMIT: RateLimit = { ratePerSecond: 15, burst: 30 };

const regional = (rateLimit: RateLimit = DEFAULT_RATE_LIMIT): ServicePacing => ({ rateLimit, global: false, perAction: false });

/**
 * Limits stay below AWS's published or observed limits, leaving headroom for the account's own
 * workloads, which share the same buckets.
 */
export const AWS_SERVICES = {
  // IAM says "for each IAM API, a number of token buckets might apply"; peers pace IAM per API at 15/s.
  iam: { rateLimit: { ratePerSecond: 10, burst: 15 }, global: true, perAction: true },
  // EC2's buckets are per API and region (100 burst, 20/s refill for Describe*), so EC2 is paced
  // per action: DescribeSnapshotAttribute for thousands of snapshots does not slow DescribeVpcs.
  // https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html
  ec2: { rateLimit: { ratePerSecond: 16, burst: 80 }, global: false, perAction: true },
  s3: regional({ ratePerSecond: 100, burst: 200 }),
  kms: regional({ ratePerSecond: 50, burst: 100 }),
  cloudtrail: regional({ ratePerSecond: 8, burst: 10 }),
  organizations: { rateLimit: { ratePerSecond: 5, burst: 5 }, global: true, perAction: false },
  account: { rateLimit: { ratePerSecond: 8, burst: 10 }, global: true, perAction: false },
  logs: regional(),
  cloudwatch: regional(),
  sns: regional(),
  config: regional(),
  guardduty: regional(),
  securityhub: regional(),
  'access-analyzer': regional(),
  macie2: regional(),
  sso: regional(),
  sts: regional(),
  sqs: regional(),
  // Lambda's control-plane quota is 15 requests/s per region for most APIs (GetPolicy has its own
  // 15/s): the per-function reads stay below it.
  // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests
  lambda: regional({ ratePerSecond: 10, burst: 15 }),
  secretsmanager: regional(),
  dynamodb: regional(),
  elasticfilesystem: regional(),
  ecr: regional(),
  rds: regional(),
  // The Support API (Trusted Advisor) and Budgets have one endpoint each (us-east-1) and publish no
  // rate limits; a scan makes two Support calls and one Budgets call per cost budget, so a small
  // account-wide bucket costs nothing and leaves the account's own tooling its share.
  support: { rateLimit: { ratePerSecond: 2, burst: 5 }, global: true, perAction: false },
  budgets: { rateLimit: { ratePerSecond: 5, burst: 10 }, global: true, perAction: false },
  // CloudFormation publishes no limit for DescribeStacks and throttles it early in practice; one
  // paginated call per region needs little.
  cloudformation: regional({ ratePerSecond: 5, burst: 10 }),
} satisfies Record<string, ServicePacing>;

export type AwsService = keyof typeof AWS_SERVICES;
/** An IAM action of a known service, e.g. `ec2:DescribeVpcs`. */
export type AwsAction = `${AwsService}:${string}`;
