/**
 * `--export securityhub`: imports ASFF findings with BatchImportFindings. This is the one call
 * Bulwark makes that writes to AWS, so it is opt-in, never part of a plain scan, and its
 * permission (securityhub:BatchImportFindings) is deliberately absent from the read-only policy.
 */
import { SecurityHubClient, BatchImportFindingsCommand, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AsffFinding } from '../report/asff.js';

export interface SecurityHubExportOptions {
  /** The region whose Security Hub receives the findings (the ProductArn names the same one). */
  region: string;
  profile?: string;
  /** Tests pass moto's; otherwise the SDK honours AWS_ENDPOINT_URL itself. */
  endpoint?: string;
  /** Static credentials (tests); otherwise the standard chain for `profile`. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface SecurityHubExportResult {
  imported: number;
  failed: number;
  /** Why findings failed, one line each, at most a handful (Security Hub repeats the same error per finding). */
  problems: string[];
}

const MAX_PROBLEMS = 5;

export async function exportToSecurityHub(
  batches: readonly (readonly AsffFinding[])[],
  options: SecurityHubExportOptions,
): Promise<SecurityHubExportResult> {
  const client = new SecurityHubClient({
    region: options.region,
    credentials: options.credentials ?? fromNodeProviderChain(options.profile ? { profile: options.profile } : {}),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  const result: SecurityHubExportResult = { imported: 0, failed: 0, problems: [] };
  const problem = (text: string) => {
    if (result.problems.length < MAX_PROBLEMS && !result.problems.includes(text)) result.problems.push(text);
  };
  const total = batches.reduce((n, b) => n + b.length, 0);
  try {
    for (const batch of batches) {
      try {
        // AsffFinding is built field for field after AwsSecurityFinding; the SDK's type spells
        // its enums as unions our plain strings do not narrow to.
        const out = await client.send(new BatchImportFindingsCommand({ Findings: batch as unknown as AwsSecurityFinding[] }));
        result.imported += out.SuccessCount ?? 0;
        result.failed += out.FailedCount ?? 0;
        for (const f of out.FailedFindings ?? []) problem(`${f.ErrorCode ?? 'Error'}: ${f.ErrorMessage ?? 'no message'}`);
      } catch (err) {
        // A rejected call (access denied, Security Hub not enabled) will reject every batch:
        // stop, and count what was not imported as failed.
        const e = err as { name?: string; message?: string };
        problem(`${e.name ?? 'Error'}: ${(e.message ?? String(err)).split('\n')[0]}`);
        break;
      }
    }
  } finally {
    client.destroy();
  }
  result.failed = total - result.imported;
  return result;
}
