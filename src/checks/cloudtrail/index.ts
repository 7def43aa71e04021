import type { AnyCheck } from '../types.js';
import { cloudtrailMultiRegionTrailEnabled } from './cloudtrail-multi-region-trail-enabled.js';
import { cloudtrailTrailLogFileValidationEnabled } from './cloudtrail-trail-log-file-validation-enabled.js';
import { cloudtrailTrailKmsEncryptionEnabled } from './cloudtrail-trail-kms-encryption-enabled.js';
import { cloudtrailTrailCloudwatchLogsIntegrated } from './cloudtrail-trail-cloudwatch-logs-integrated.js';
import { cloudtrailTrailCloudwatchLogsDelivering } from './cloudtrail-trail-cloudwatch-logs-delivering.js';
import { cloudtrailTrailBucketNotPublic } from './cloudtrail-trail-bucket-not-public.js';
import { cloudtrailTrailBucketAccessLoggingEnabled } from './cloudtrail-trail-bucket-access-logging-enabled.js';

/** Every cloudtrail check, imported explicitly (no filesystem discovery). */
export const cloudtrailChecks: AnyCheck[] = [
  cloudtrailMultiRegionTrailEnabled,
  cloudtrailTrailLogFileValidationEnabled,
  cloudtrailTrailKmsEncryptionEnabled,
  cloudtrailTrailBucketNotPublic,
  cloudtrailTrailBucketAccessLoggingEnabled,
  cloudtrailTrailCloudwatchLogsIntegrated,
  cloudtrailTrailCloudwatchLogsDelivering,
];
