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
  // S3 publishes no rate for bucket configuration reads; its documented rates are per prefix
  // (5,500 GET/s), and a bucket's dozen reads never make one hot. A bucket costs about 12 reads,
  // so 4,000 buckets in a region are 48,000 calls: at 1,000/s that is under a minute, where 150/s
  // took more than five. The slots (--concurrency) bound it first at most latencies, and a SlowDown
  // answer halves the rate (AIMD) if an account's S3 wants less.
  s3: regional({ ratePerSecond: 1000, burst: 1000 }),
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
  // SageMaker publishes no control-plane rate limits, and users report "Rate exceeded" on its
  // Describe and List calls at modest rates (https://repost.aws/questions/QUMbLOfaASQRqLuPH6GkyyyQ):
  // the per-resource Describe calls, which are nearly all of the section's reads, stay gentle.
  sagemaker: regional({ ratePerSecond: 8, burst: 10 }),
  inspector2: regional(),
  // ELB documents one bucket per API version (v1 Classic, v2) and region: 40 tokens, refilled at 10/s
  // for the non-mutating (Describe*) calls. One pace below both keeps headroom for the account.
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-api-throttling.html
  elasticloadbalancing: regional({ ratePerSecond: 8, burst: 30 }),
  // CloudFront, WAF Classic (global) and Shield are global APIs with one endpoint (us-east-1): one
  // bucket for the account whatever the client region. AWS documents no read rate for them, so they
  // get the default pace.
  cloudfront: { rateLimit: DEFAULT_RATE_LIMIT, global: true, perAction: false },
  waf: { rateLimit: DEFAULT_RATE_LIMIT, global: true, perAction: false },
  shield: { rateLimit: DEFAULT_RATE_LIMIT, global: true, perAction: false },
  // WAFv2 (REGIONAL scope per region; CLOUDFRONT scope through us-east-1) and WAF Classic Regional.
  wafv2: regional(),
  'waf-regional': regional(),
  es: regional(),
  redshift: regional(),
  dms: regional(),
  // API Gateway's management API (REST and v2 alike) allows 10 requests/s per account and region,
  // burst 40, for all operations together (GetResources has its own 5/s); stay below it.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
  apigateway: regional({ ratePerSecond: 8, burst: 30 }),
  eks: regional(),
  ssm: regional(),
  autoscaling: regional(),
  // ACM: ListCertificates is limited to 8 requests per second per account and Region.
  // https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html
  acm: regional({ ratePerSecond: 5, burst: 8 }),
  // Kinesis: DescribeStreamSummary 20 calls/s and ListStreams 5 calls/s per account; the per-stream
  // summaries dominate, and the few ListStreams pages of a region run one after another.
  // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
  kinesis: regional({ ratePerSecond: 10, burst: 10 }),
  backup: regional(),
  dax: regional(),
  'application-autoscaling': regional(),
  // The Support API (Trusted Advisor) and Budgets have one endpoint each (us-east-1) and publish no
  // rate limits; a scan makes two Support calls and one Budgets call per cost budget, so a small
  // account-wide bucket costs nothing and leaves the account's own tooling its share.
  support: { rateLimit: { ratePerSecond: 2, burst: 5 }, global: true, perAction: false },
  budgets: { rateLimit: { ratePerSecond: 5, burst: 10 }, global: true, perAction: false },
  // CloudFormation publishes no limit for DescribeStacks and throttles it early in practice; one
  // paginated call per region needs little.
  cloudformation: regional({ ratePerSecond: 5, burst: 10 }),
  fms: regional(),
} satisfies Record<string, ServicePacing>;

export type AwsService = keyof typeof AWS_SERVICES;
/** An IAM action of a known service, e.g. `ec2:DescribeVpcs`. */
export type AwsAction = `${AwsService}:${string}`;
