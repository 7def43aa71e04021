import type { SectionKey } from '../model/inventory.js';
import type { Collector } from './collector.js';

/**
 * Collectors are imported on demand so that `bulwark --help` never loads the AWS SDK, and a scan
 * of one service loads only that service's client.
 */
export const collectorLoaders: { [K in SectionKey]: () => Promise<Collector<K>> } = {
  iam: async () => (await import('./iam.js')).iamCollector,
  s3: async () => (await import('./s3.js')).s3Collector,
  ec2: async () => (await import('./ec2.js')).ec2Collector,
  cloudtrail: async () => (await import('./cloudtrail.js')).cloudtrailCollector,
  config: async () => (await import('./config.js')).configCollector,
  cloudwatch: async () => (await import('./cloudwatch.js')).cloudwatchCollector,
  guardduty: async () => (await import('./guardduty.js')).guarddutyCollector,
  securityhub: async () => (await import('./securityhub.js')).securityhubCollector,
  kms: async () => (await import('./kms.js')).kmsCollector,
  accessanalyzer: async () => (await import('./accessanalyzer.js')).accessanalyzerCollector,
  contacts: async () => (await import('./contacts.js')).contactsCollector,
  organizations: async () => (await import('./organizations.js')).organizationsCollector,
  identitycenter: async () => (await import('./identitycenter.js')).identitycenterCollector,
  macie: async () => (await import('./macie.js')).macieCollector,
};

/**
 * Start order: slowest first (IAM's credential report and per-principal calls, then EC2's many
 * per-region lists, then S3's per-bucket calls), so the long poles overlap everything else.
 */
export const COLLECTION_ORDER: readonly SectionKey[] = [
  'iam',
  'ec2',
  's3',
  'cloudtrail',
  'cloudwatch',
  'kms',
  'config',
  'guardduty',
  'securityhub',
  'accessanalyzer',
  'macie',
  'organizations',
  'identitycenter',
  'contacts',
];
