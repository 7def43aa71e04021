import type { AnyCheck } from '../types.js';
import { cloudtrailMultiRegionTrailEnabled } from './cloudtrail-multi-region-trail-enabled.js';
import { cloudtrailTrailLogFileValidationEnabled } from './cloudtrail-trail-log-file-validation-enabled.js';
import { cloudtrailTrailKmsEncryptionEnabled } from './cloudtrail-trail-kms-encryption-enabled.js';
import { cloudtrailTrailCloudwatchLogsIntegrated } from './cloudtrail-trail-cloudwatch-logs-integrated.js';
import { cloudtrailTrailCloudwatchLogsDelivering } from './cloudtrail-trail-cloudwatch-logs-delivering.js';
import { cloudtrailTrailBucketNotPublic } from './cloudtrail-trail-bucket-not-public.js';
import { cloudtrailTrailBucketAccessLoggingEnabled } from './cloudtrail-trail-bucket-access-logging-enabled.js';
import { cloudtrailTrailEnabled } from './cloudtrail-trail-enabled.js';
import { cloudtrailS3DataEventsWriteLogged } from './cloudtrail-s3-data-events-write-logged.js';
import { cloudtrailS3DataEventsReadLogged } from './cloudtrail-s3-data-events-read-logged.js';
import { cloudtrailTrailTagged } from './cloudtrail-trail-tagged.js';

/** Every cloudtrail check, imported explicitly (no filesystem discovery). */
export const cloudtrailChecks: AnyCheck[] = [
  cloudtrailMultiRegionTrailEnabled,
  cloudtrailTrailLogFileValidationEnabled,
  cloudtrailTrailKmsEncryptionEnabled,
  cloudtrailTrailBucketNotPublic,
  cloudtrailTrailBucketAccessLoggingEnabled,
  cloudtrailTrailCloudwatchLogsIntegrated,
  cloudtrailTrailCloudwatchLogsDelivering,
  cloudtrailTrailEnabled,
  cloudtrailS3DataEventsWriteLogged,
  cloudtrailS3DataEventsReadLogged,
  cloudtrailTrailTagged,
];
