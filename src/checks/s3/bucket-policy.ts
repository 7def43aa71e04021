/**
 * What a bucket policy means for S3's questions, asked of the one policy engine
 * (src/checks/lib/policy): which statements open the bucket to public reads or writes, and
 * whether it denies requests over plain HTTP.
 */
import type { S3BucketPolicy } from '../../model/s3.js';
import {
  coversActions,
  coversResource,
  isExactlyEveryone,
  isInsecureTransportTest,
  namesEveryone,
  principalAccount,
  publicAccess,
  statementLabel,
  touchesActions,
  type Policy,
  type Principals,
  type Statement,
} from '../lib/policy/index.js';

export type AccessKind = 'read' | 'write';

/**
 * S3's "bad actions", as patterns: those that expose a bucket's data to public reads or writes
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status).
 * s3:Replicate* writes objects into the bucket, so it counts as a write too.
 */
export const READ_ACTIONS = ['s3:Get*', 's3:List*'] as const;
export const WRITE_ACTIONS = ['s3:Put*', 's3:Delete*', 's3:AbortMultipartUpload*', 's3:RestoreObject*', 's3:Replicate*'] as const;

const actionsOf = (kind: AccessKind) => (kind === 'read' ? READ_ACTIONS : WRITE_ACTIONS);

export interface PublicStatement {
  /** Position in the Statement list. */
  index: number;
  sid: string | null;
  /** Human description, e.g. `statement "PublicRead" allows s3:GetObject to Principal "*"`. */
  description: string;
}

function principalText(p: Principals): string {
  if (p.everyone) return '"*"';
  const grouped: Record<string, string[]> = {};
  for (const e of p.entries) (grouped[e.kind] ??= []).push(e.value);
  return JSON.stringify(Object.fromEntries(Object.entries(grouped).map(([k, v]) => [k, v.length === 1 ? v[0] : v])));
}

function describeAllow(s: Statement): string {
  const actions = s.notAction ? `all actions except ${s.notAction.join(', ')}` : (s.action ?? []).join(', ');
  const who = s.notPrincipal ? 'everyone outside NotPrincipal' : `Principal ${s.principal ? principalText(s.principal) : '?'}`;
  return `${statementLabel(s)} allows ${actions} to ${who}`;
}

export interface BucketPolicyExposure {
  /** Statements giving `kind` access to everyone. */
  open: PublicStatement[];
  /** Statements that would, but a Deny leaves only pinned callers (with the Deny named). */
  closed: string[];
}

/** The statements of a bucket policy that give `kind` access to everyone, after Deny subtraction. */
export function bucketPolicyExposure(policy: Policy, kind: AccessKind): BucketPolicyExposure {
  const answer = publicAccess(policy, { actions: actionsOf(kind) });
  return {
    open: answer.grants.map((g) => ({ index: g.statement.index, sid: g.statement.sid, description: describeAllow(g.statement) })),
    closed: answer.closedByDeny.map((c) => `${describeAllow(c.statement)} (${c.by} denies it to every caller but a pinned one)`),
  };
}

/**
 * The statement that denies S3 requests over plain HTTP, as FSBP S3.5 (AWS Config
 * s3-bucket-ssl-requests-only: NON_COMPLIANT when a policy allows HTTP requests) and CIS 2.1.1
 * document it: Effect Deny, Principal "*" (or {"AWS": "*"}), Action s3:* (or *), condition
 * Bool aws:SecureTransport false and nothing else (another condition would narrow the Deny).
 * It must cover every object of the bucket (`<bucket>/*`, where the data is): CIS 2.1.1's own
 * statement names only `<bucket>/*`, AWS's example names the bucket too; the result says which.
 * https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule
 */
export function insecureTransportDeny(policy: Policy, bucketArn: string): { statement: Statement; coversBucket: boolean } | null {
  for (const s of policy.statements) {
    if (s.effect !== 'Deny' || !s.principal || !isExactlyEveryone(s.principal)) continue;
    if (!coversActions(s, 's3:*')) continue;
    if (s.conditions.length === 0 || !s.conditions.every(isInsecureTransportTest)) continue;
    if (!coversResource(s, `${bucketArn}/*`)) continue;
    return { statement: s, coversBucket: coversResource(s, bucketArn) };
  }
  return null;
}

export type { S3BucketPolicy };

/**
 * FSBP S3.6's blocklisted actions (parameter blacklistedactionpatterns, not customizable): what
 * another account may not be allowed to do to a bucket and its objects.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6
 */
export const CROSS_ACCOUNT_BLOCKED_ACTIONS = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
] as const;

/**
 * The Allow statements that give principals of other accounts a blocked action, as AWS Config's
 * s3-bucket-blacklisted-actions-prohibited reads them: from the Principal element only, without
 * the Condition element. Everyone (`*`, or NotPrincipal) includes every other account; an AWS
 * principal counts when its account is not the owner's; a canonical user or federated principal,
 * whose account the policy does not show, counts too (never a false "only the owner").
 * https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-blacklisted-actions-prohibited.html
 */
export function crossAccountBlockedGrants(policy: Policy, ownerAccountId: string): string[] {
  const out: string[] = [];
  for (const s of policy.statements) {
    if (s.effect !== 'Allow') continue;
    const actions = CROSS_ACCOUNT_BLOCKED_ACTIONS.filter((a) => touchesActions(s, a));
    if (actions.length === 0) continue;
    const who: string[] = [];
    if (s.notPrincipal) who.push('everyone outside NotPrincipal');
    if (s.principal) {
      if (namesEveryone(s.principal)) who.push('everyone');
      else
        for (const e of s.principal.entries) {
          if (e.kind === 'Service') continue;
          const account = principalAccount(e.value);
          if (account === ownerAccountId) continue;
          who.push(account === null ? `${e.kind} ${e.value}` : `account ${account}`);
        }
    }
    if (who.length > 0) out.push(`${statementLabel(s)} allows ${actions.join(', ')} to ${[...new Set(who)].join(', ')}`);
  }
  return out;
}
