import type { ReadError } from '../model/observed.js';
import type { InventoryWith, SectionKey } from '../model/inventory.js';
import type { CheckStatus } from '../model/vocabulary.js';
import type { ResourceType } from '../model/resource-types.js';
import type { CheckMeta } from './meta.js';

export type { Severity, Status, FrameworkId } from '../model/vocabulary.js';
export type { CheckMeta, FrameworkRefs, Remediation } from './meta.js';

/** Settings a check may read; defaults live in evaluate/settings.ts. */
export interface CheckSettings {
  /** Days after which an access key must have been rotated (CIS 1.14). */
  maxAccessKeyAgeDays: number;
  /** Days of inactivity after which credentials must be disabled (CIS 1.12 uses 45). */
  maxCredentialUnusedDays: number;
  /** Days of inactivity after which an IAM user counts as unused (checklist 1.20). */
  maxUserInactiveDays: number;
  /** Days after which the AMI a running instance was launched from counts as outdated (checklist 6.3). */
  maxAmiAgeDays: number;
  /** Days within which root must not have been used (CIS 1.7). */
  rootRecentUseDays: number;
  /** TCP ports that may be open to the world (FSBP EC2.18 authorizedTcpPorts). */
  authorizedPublicTcpPorts: readonly number[];
  /** UDP ports that may be open to the world (FSBP EC2.18 authorizedUdpPorts); AWS judges each protocol on its own. */
  authorizedPublicUdpPorts: readonly number[];
}

export interface EvalContext {
  /** "Now" for every time-based check; never read the clock inside a check. */
  now: Date;
  accountId: string;
  partition: string;
  settings: CheckSettings;
}

/** What a finding is about. Model resources carry arn and region, so they can be passed as is. */
export interface ResourceRef {
  arn: string;
  region: string;
  /** ASFF-style resource type, e.g. AwsS3Bucket; defaults to the check's resourceType. */
  resourceType?: ResourceType;
}

export interface CheckResult {
  status: CheckStatus;
  resourceArn: string;
  region: string;
  resourceType?: ResourceType;
  /** One sentence naming the resource and the observed fact, ending with a period. */
  reason: string;
  /** For UNKNOWN: the reads that failed. */
  errors?: ReadError[];
}

export interface Check<K extends SectionKey = SectionKey> extends CheckMeta {
  reads: readonly K[];
  evaluate: (inv: InventoryWith<K>, ctx: EvalContext) => CheckResult[];
}

/** A check with its section type erased, as held in the registry. */
export interface AnyCheck extends CheckMeta {
  evaluate: (inv: never, ctx: EvalContext) => CheckResult[];
}
