import type { AnyCheck } from '../types.js';
import { ssmAutomationCloudwatchLoggingEnabled } from './ssm-automation-cloudwatch-logging-enabled.js';
import { ssmDocumentNotPublic } from './ssm-document-not-public.js';
import { ssmDocumentPublicSharingBlocked } from './ssm-document-public-sharing-blocked.js';
import { ssmEc2InstanceManaged } from './ssm-ec2-instance-managed.js';
import { ssmInstanceAssociationCompliant } from './ssm-instance-association-compliant.js';
import { ssmInstancePatchCompliant } from './ssm-instance-patch-compliant.js';

import { ssmEc2InstanceRemoteAccessThroughSessionManager } from './ssm-ec2-instance-remote-access-through-session-manager.js';
import { ssmDocumentTagged } from './ssm-document-tagged.js';
/** Every ssm check, imported explicitly (no filesystem discovery). */
export const ssmChecks: AnyCheck[] = [
  ssmDocumentTagged,
  ssmEc2InstanceRemoteAccessThroughSessionManager,
  ssmEc2InstanceManaged,
  ssmInstancePatchCompliant,
  ssmInstanceAssociationCompliant,
  ssmDocumentNotPublic,
  ssmAutomationCloudwatchLoggingEnabled,
  ssmDocumentPublicSharingBlocked,
];
