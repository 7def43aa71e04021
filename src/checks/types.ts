import type { ReadError } from '../model/observed.js';
import type { InventoryWith, SectionKey } from '../model/inventory.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'informational';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'informational'];

export type Status = 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE' | 'MANUAL' | 'MUTED';

/** Framework id -> control IDs. 'fsbp' = Security Hub control IDs, 'cis-3.0' = CIS AWS v3.0.0, 'checklist' = CHECKLIST.md rows. */
export type FrameworkId = 'fsbp' | 'cis-3.0' | 'checklist';
export type FrameworkRefs = { [F in FrameworkId]?: readonly string[] };

export interface Remediation {
  /** One or two sentences: what to change. */
  summary: string;
  /** An AWS CLI command template; placeholders in <angle brackets>. */
  cli?: string;
  /** Console steps, when the CLI is not the natural way. */
  console?: string;
  /** AWS documentation page. */
  docs: string;
}

/** Settings a check may read; defaults live in evaluate/settings.ts. */
export interface CheckSettings {
  /** Days after which an access key must have been rotated (CIS 1.14). */
  maxAccessKeyAgeDays: number;
  /** Days of inactivity after which credentials must be disabled (CIS 1.12 uses 45). */
  maxCredentialUnusedDays: number;
  /** Days of inactivity after which an IAM user counts as unused (checklist 1.20). */
  maxUserInactiveDays: number;
  /** Days within which root must not have been used (CIS 1.7). */
  rootRecentUseDays: number;
  /** Ports that may be open to the world (FSBP EC2.18). */
  authorizedPublicPorts: readonly number[];
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
  resourceType?: string;
}

export interface CheckResult {
  status: 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE' | 'MANUAL';
  resourceArn: string;
  region: string;
  resourceType?: string;
  /** One sentence naming the resource and the observed fact, ending with a period. */
  reason: string;
  /** For UNKNOWN: the reads that failed. */
  errors?: ReadError[];
}

export interface CheckMeta {
  /** `<service>-<resource>-<compliant state>`, kebab-case, never renamed; equals the file name. */
  id: string;
  /** The compliant state, no "Ensure". */
  title: string;
  /** The service the check is listed under (--service selects on it). */
  service: string;
  severity: Severity;
  /** ASFF resource type of the resources this check reports on (AwsAccount for account-level checks). */
  resourceType: string;
  frameworks: FrameworkRefs;
  /** Why it matters, for reports. */
  rationale: string;
  remediation: Remediation;
  /** Inventory sections the check reads; the collector set of a scan is the union over selected checks. */
  reads: readonly SectionKey[];
}

export interface Check<K extends SectionKey = SectionKey> extends CheckMeta {
  reads: readonly K[];
  evaluate: (inv: InventoryWith<K>, ctx: EvalContext) => CheckResult[];
}

/** A check with its section type erased, as held in the registry. */
export interface AnyCheck extends CheckMeta {
  evaluate: (inv: never, ctx: EvalContext) => CheckResult[];
}
