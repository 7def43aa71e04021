import type { AnyCheck } from '../types.js';
import { cloudwatchLogGroupRetention365Days } from './cloudwatch-log-group-retention-365-days.js';
import { cloudwatchUnauthorizedApiCallsAlarmConfigured } from './cloudwatch-unauthorized-api-calls-alarm-configured.js';
import { cloudwatchConsoleSigninWithoutMfaAlarmConfigured } from './cloudwatch-console-signin-without-mfa-alarm-configured.js';
import { cloudwatchRootUsageAlarmConfigured } from './cloudwatch-root-usage-alarm-configured.js';
import { cloudwatchIamPolicyChangesAlarmConfigured } from './cloudwatch-iam-policy-changes-alarm-configured.js';
import { cloudwatchCloudtrailChangesAlarmConfigured } from './cloudwatch-cloudtrail-changes-alarm-configured.js';
import { cloudwatchConsoleAuthFailuresAlarmConfigured } from './cloudwatch-console-auth-failures-alarm-configured.js';
import { cloudwatchKmsKeyDisableDeletionAlarmConfigured } from './cloudwatch-kms-key-disable-deletion-alarm-configured.js';
import { cloudwatchS3BucketPolicyChangesAlarmConfigured } from './cloudwatch-s3-bucket-policy-changes-alarm-configured.js';
import { cloudwatchConfigChangesAlarmConfigured } from './cloudwatch-config-changes-alarm-configured.js';
import { cloudwatchSecurityGroupChangesAlarmConfigured } from './cloudwatch-security-group-changes-alarm-configured.js';
import { cloudwatchNaclChangesAlarmConfigured } from './cloudwatch-nacl-changes-alarm-configured.js';
import { cloudwatchNetworkGatewayChangesAlarmConfigured } from './cloudwatch-network-gateway-changes-alarm-configured.js';
import { cloudwatchRouteTableChangesAlarmConfigured } from './cloudwatch-route-table-changes-alarm-configured.js';
import { cloudwatchVpcChangesAlarmConfigured } from './cloudwatch-vpc-changes-alarm-configured.js';
import { cloudwatchOrganizationsChangesAlarmConfigured } from './cloudwatch-organizations-changes-alarm-configured.js';
import { cloudwatchBillingAlarmConfigured } from './cloudwatch-billing-alarm-configured.js';

/** Every cloudwatch check, imported explicitly (no filesystem discovery); CIS 4.1-4.15 in order. */
import { cloudwatchAlarmActionConfigured } from './cloudwatch-alarm-action-configured.js';
import { cloudwatchAlarmActionsEnabled } from './cloudwatch-alarm-actions-enabled.js';

export const cloudwatchChecks: AnyCheck[] = [
  cloudwatchAlarmActionConfigured,
  cloudwatchAlarmActionsEnabled,
  cloudwatchUnauthorizedApiCallsAlarmConfigured,
  cloudwatchConsoleSigninWithoutMfaAlarmConfigured,
  cloudwatchRootUsageAlarmConfigured,
  cloudwatchIamPolicyChangesAlarmConfigured,
  cloudwatchCloudtrailChangesAlarmConfigured,
  cloudwatchConsoleAuthFailuresAlarmConfigured,
  cloudwatchKmsKeyDisableDeletionAlarmConfigured,
  cloudwatchS3BucketPolicyChangesAlarmConfigured,
  cloudwatchConfigChangesAlarmConfigured,
  cloudwatchSecurityGroupChangesAlarmConfigured,
  cloudwatchNaclChangesAlarmConfigured,
  cloudwatchNetworkGatewayChangesAlarmConfigured,
  cloudwatchRouteTableChangesAlarmConfigured,
  cloudwatchVpcChangesAlarmConfigured,
  cloudwatchOrganizationsChangesAlarmConfigured,
  cloudwatchBillingAlarmConfigured,
  cloudwatchLogGroupRetention365Days,
];
