import type { AnyCheck } from '../types.js';
import { guarddutyDetectorEnabled } from './guardduty-detector-enabled.js';
import { guarddutyDetectorTagged } from './guardduty-detector-tagged.js';
import { guarddutyEksAuditLogsEnabled } from './guardduty-eks-audit-logs-enabled.js';
import { guarddutyLambdaProtectionEnabled } from './guardduty-lambda-protection-enabled.js';
import { guarddutyEksRuntimeMonitoringEnabled } from './guardduty-eks-runtime-monitoring-enabled.js';
import { guarddutyEc2MalwareProtectionEnabled } from './guardduty-ec2-malware-protection-enabled.js';
import { guarddutyRdsProtectionEnabled } from './guardduty-rds-protection-enabled.js';
import { guarddutyS3ProtectionEnabled } from './guardduty-s3-protection-enabled.js';
import { guarddutyRuntimeMonitoringEnabled } from './guardduty-runtime-monitoring-enabled.js';
import { guarddutyEcsRuntimeMonitoringEnabled } from './guardduty-ecs-runtime-monitoring-enabled.js';
import { guarddutyEc2RuntimeMonitoringEnabled } from './guardduty-ec2-runtime-monitoring-enabled.js';

/** Every guardduty check, imported explicitly (no filesystem discovery). */
export const guarddutyChecks: AnyCheck[] = [
  guarddutyDetectorEnabled,
  guarddutyDetectorTagged,
  guarddutyEksAuditLogsEnabled,
  guarddutyLambdaProtectionEnabled,
  guarddutyEksRuntimeMonitoringEnabled,
  guarddutyEc2MalwareProtectionEnabled,
  guarddutyRdsProtectionEnabled,
  guarddutyS3ProtectionEnabled,
  guarddutyRuntimeMonitoringEnabled,
  guarddutyEcsRuntimeMonitoringEnabled,
  guarddutyEc2RuntimeMonitoringEnabled,
];
