/**
 * CIS AWS Foundations v3.0.0 -> v5.0.0, for recommendations whose rule did not change between the
 * two versions (only the number, the wording or the manual/automated label did). A check mapped to
 * a v3.0.0 recommendation listed here decides the v5.0.0 one too, so it reports under both.
 *
 * Left out on purpose, because v5.0.0 has no recommendation with the same rule:
 * - 1.3 (security questions registered): removed in v5.0.0.
 * Recommendations new in v5.0.0 (2.2.4 RDS Multi-AZ, 5.1.2 CIFS) are mapped by their checks
 * directly (`'cis-5.0'` in the check's `frameworks`).
 *
 * Each pair was compared on the two benchmarks' titles and audit procedures; tests hold every
 * entry to ids that exist in both catalogues.
 */
export const CIS_V3_TO_V5: Readonly<Record<string, string>> = {
  '1.1': '1.1', // contact details
  '1.2': '1.2', // security contact
  '1.4': '1.3', // no root access key
  '1.5': '1.4', // root MFA
  '1.6': '1.5', // root hardware MFA (manual in v5.0.0)
  '1.7': '1.6', // root not used for daily tasks (manual in v5.0.0)
  '1.8': '1.7', // password length >= 14
  '1.9': '1.8', // password reuse prevention
  '1.10': '1.9', // MFA for console users
  '1.11': '1.10', // no access keys at initial setup (manual in v5.0.0)
  '1.12': '1.11', // credentials unused 45 days disabled
  '1.13': '1.12', // one active access key
  '1.14': '1.13', // keys rotated within 90 days
  '1.15': '1.14', // permissions through groups only
  '1.16': '1.15', // no *:* policies attached
  '1.17': '1.16', // support role
  '1.18': '1.17', // instance roles (automated in v5.0.0)
  '1.19': '1.18', // expired server certificates removed
  '1.20': '1.19', // (external) access analyzer in every region: v5.0.0 names the external-access type, which is what the check requires
  '1.21': '1.20', // central identity management (manual)
  '1.22': '1.21', // AWSCloudShellFullAccess restricted (manual)
  '2.1.1': '2.1.1', // bucket policy denies HTTP
  '2.1.2': '2.1.2', // MFA delete (manual in v5.0.0)
  '2.1.3': '2.1.3', // S3 data discovered and classified (manual)
  '2.1.4': '2.1.4', // S3 Block Public Access (account or bucket settings)
  '2.2.1': '5.1.1', // EBS default encryption in every region (moved to 5.1 EC2)
  '2.3.1': '2.2.1', // RDS encryption at rest
  '2.3.2': '2.2.2', // RDS auto minor version upgrade
  '2.3.3': '2.2.3', // RDS not publicly accessible
  '2.4.1': '2.3.1', // EFS encryption
  '3.1': '3.1', // multi-region trail logging (manual in v5.0.0)
  '3.2': '3.2', // log file validation
  '3.3': '3.3', // AWS Config in every region
  '3.4': '3.4', // access logging on the CloudTrail bucket (manual in v5.0.0)
  '3.5': '3.5', // trail encrypted with KMS
  '3.6': '3.6', // CMK rotation
  '3.7': '3.7', // VPC flow logs
  '3.8': '3.8', // S3 object-level write events
  '3.9': '3.9', // S3 object-level read events
  '4.1': '4.1', // metric filters and alarms (all manual in v5.0.0; the rule is the same)
  '4.2': '4.2',
  '4.3': '4.3',
  '4.4': '4.4',
  '4.5': '4.5',
  '4.6': '4.6',
  '4.7': '4.7',
  '4.8': '4.8',
  '4.9': '4.9',
  '4.10': '4.10',
  '4.11': '4.11',
  '4.12': '4.12',
  '4.13': '4.13',
  '4.14': '4.14',
  '4.15': '4.15',
  '4.16': '4.16', // Security Hub enabled
  '5.1': '5.2', // NACL admin ports
  '5.2': '5.3', // SG admin ports IPv4
  '5.3': '5.4', // SG admin ports IPv6
  '5.4': '5.5', // default security group restricts all traffic
  '5.5': '5.6', // peering routes least access (manual)
  '5.6': '5.7', // IMDSv2 required
};

/** A check's v5.0.0 references: the ones it declares plus those its v3.0.0 references carry over to. */
export function cisV5Refs(v3: readonly string[] | undefined, declared: readonly string[] | undefined): string[] {
  const out = new Set(declared ?? []);
  for (const id of v3 ?? []) {
    const v5 = CIS_V3_TO_V5[id];
    if (v5) out.add(v5);
  }
  return [...out];
}
