import { createHash } from 'node:crypto';
import type { Finding, FindingsDocument } from '../evaluate/finding.js';

/**
 * A finding's identity across runs: the check and the resource it judged (one finding per check and
 * resource, region included in the resource ARN for account-level rows). Hashed so that hostile
 * resource names never reach an identifier field and its length stays fixed.
 */
export function findingKey(f: Pick<Finding, 'checkId' | 'resourceArn'>): string {
  return createHash('sha256').update(`${f.checkId}\n${f.resourceArn}`).digest('hex').slice(0, 40);
}

/** The region AWS would call home for a partition when none is known (IAM's and billing's region). */
const PARTITION_HOME: Readonly<Record<string, string>> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-cn': 'cn-north-1',
};

/**
 * Where 'global' findings (IAM, the account itself) are placed for formats that need a real
 * region: the home region given on the command line (the one a Security Hub export imports
 * into), else the partition's home region when it was scanned, else the first region scanned.
 */
export function homeRegionOf(doc: Pick<FindingsDocument, 'account' | 'regions'>, given?: string): string {
  if (given) return given;
  const partitionHome = PARTITION_HOME[doc.account.partition] ?? 'us-east-1';
  const scanned = doc.regions.scanned;
  return scanned.includes(partitionHome) || scanned.length === 0 ? partitionHome : (scanned[0] as string);
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
