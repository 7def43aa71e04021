import type { SectionKey } from '../model/inventory.js';
import type { Collector } from './kit/collector.js';

export interface CollectorEntry<K extends SectionKey> {
  /**
   * Imported on demand so that `bulwark --help` never loads the AWS SDK, and a scan of one
   * service loads only that service's clients.
   */
  load: () => Promise<Collector<K>>;
  /**
   * Start position, lowest first: the slowest first (IAM's credential report and per-principal
   * calls, then EC2's many per-region lists, then S3's per-bucket calls, then the sections with one
   * paced call per resource: user data per instance, SageMaker and ELB describes, API Gateway
   * stages, CloudFront configs), so the long poles overlap everything else.
   */
  order: number;
}

/**
 * Every inventory section's collector. The type is exhaustive over SectionKey, so a section added
 * to the model without a collector here fails to compile; the collection order derives from it.
 * (Pacing is per AWS service, not per section: see aws/services.ts.)
 */
export const COLLECTORS: { [K in SectionKey]: CollectorEntry<K> } = {
  iam: { order: 0, load: async () => (await import('./iam/index.js')).iamCollector },
  ec2: { order: 1, load: async () => (await import('./ec2.js')).ec2Collector },
  s3: { order: 2, load: async () => (await import('./s3.js')).s3Collector },
  cloudtrail: { order: 11, load: async () => (await import('./cloudtrail.js')).cloudtrailCollector },
  cloudwatch: { order: 12, load: async () => (await import('./cloudwatch.js')).cloudwatchCollector },
  kms: { order: 13, load: async () => (await import('./kms.js')).kmsCollector },
  config: { order: 14, load: async () => (await import('./config.js')).configCollector },
  guardduty: { order: 15, load: async () => (await import('./guardduty.js')).guarddutyCollector },
  securityhub: { order: 16, load: async () => (await import('./securityhub.js')).securityhubCollector },
  accessanalyzer: { order: 17, load: async () => (await import('./accessanalyzer.js')).accessanalyzerCollector },
  macie: { order: 18, load: async () => (await import('./macie.js')).macieCollector },
  organizations: { order: 19, load: async () => (await import('./organizations.js')).organizationsCollector },
  identitycenter: { order: 20, load: async () => (await import('./identitycenter.js')).identitycenterCollector },
  contacts: { order: 21, load: async () => (await import('./contacts.js')).contactsCollector },
  sns: { order: 22, load: async () => (await import('./sns.js')).snsCollector },
  sqs: { order: 23, load: async () => (await import('./sqs.js')).sqsCollector },
  lambda: { order: 10, load: async () => (await import('./lambda.js')).lambdaCollector },
  secretsmanager: { order: 24, load: async () => (await import('./secretsmanager.js')).secretsmanagerCollector },
  dynamodb: { order: 25, load: async () => (await import('./dynamodb.js')).dynamodbCollector },
  efs: { order: 26, load: async () => (await import('./efs.js')).efsCollector },
  ecr: { order: 27, load: async () => (await import('./ecr.js')).ecrCollector },
  rds: { order: 9, load: async () => (await import('./rds.js')).rdsCollector },
  sagemaker: { order: 4, load: async () => (await import('./sagemaker.js')).sagemakerCollector },
  inspector: { order: 28, load: async () => (await import('./inspector.js')).inspectorCollector },
  elb: { order: 5, load: async () => (await import('./elb.js')).elbCollector },
  cloudfront: { order: 7, load: async () => (await import('./cloudfront.js')).cloudfrontCollector },
  waf: { order: 8, load: async () => (await import('./waf.js')).wafCollector },
  shield: { order: 29, load: async () => (await import('./shield.js')).shieldCollector },
  opensearch: { order: 30, load: async () => (await import('./opensearch.js')).opensearchCollector },
  redshift: { order: 31, load: async () => (await import('./redshift.js')).redshiftCollector },
  dms: { order: 32, load: async () => (await import('./dms.js')).dmsCollector },
  apigateway: { order: 6, load: async () => (await import('./apigateway.js')).apigatewayCollector },
  eks: { order: 33, load: async () => (await import('./eks.js')).eksCollector },
  ssm: { order: 34, load: async () => (await import('./ssm.js')).ssmCollector },
  autoscaling: { order: 35, load: async () => (await import('./autoscaling.js')).autoscalingCollector },
  acm: { order: 36, load: async () => (await import('./acm.js')).acmCollector },
  kinesis: { order: 37, load: async () => (await import('./kinesis.js')).kinesisCollector },
  backup: { order: 38, load: async () => (await import('./backup.js')).backupCollector },
  dax: { order: 39, load: async () => (await import('./dax.js')).daxCollector },
  applicationautoscaling: { order: 40, load: async () => (await import('./applicationautoscaling.js')).applicationautoscalingCollector },
  trustedadvisor: { order: 41, load: async () => (await import('./trustedadvisor.js')).trustedadvisorCollector },
  budgets: { order: 42, load: async () => (await import('./budgets.js')).budgetsCollector },
  cloudformation: { order: 43, load: async () => (await import('./cloudformation.js')).cloudformationCollector },
  ec2userdata: { order: 3, load: async () => (await import('./ec2userdata.js')).ec2userdataCollector },
  fms: { order: 44, load: async () => (await import('./fms.js')).fmsCollector },
};

/** Every section, in start order (ties, which a test forbids, would fall back to the key). */
export const COLLECTION_ORDER: readonly SectionKey[] = (Object.keys(COLLECTORS) as SectionKey[]).sort(
  (a, b) => COLLECTORS[a].order - COLLECTORS[b].order || a.localeCompare(b),
);

/** Loads one section's collector (a helper, so that the key ties the entry's type to the section). */
export function loadCollector<K extends SectionKey>(key: K): Promise<Collector<K>> {
  return (COLLECTORS[key] as CollectorEntry<K>).load();
}
