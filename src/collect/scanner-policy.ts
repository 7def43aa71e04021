/**
 * The least-privilege IAM policy the scanner needs: exactly the actions read() records. Shipped
 * as examples/bulwark-readonly-policy.json; a test fails when a collector starts calling an
 * action the shipped policy lacks.
 */
export function scannerPolicy(actions: Iterable<string>): {
  Version: string;
  Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[];
} {
  const sorted = [...new Set(actions)].sort();
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'BulwarkReadOnlyScan', Effect: 'Allow', Action: sorted, Resource: '*' }],
  };
}

/**
 * IAM actions named in the collectors' source (quoted action-name literals such as s3:GetBucketAcl). Some calls only happen
 * when the account has something (SNS topics on alarms, an organization, an enabled Security Hub),
 * so a demo run cannot record them all; the policy is the union of both.
 */
export function actionsInSource(sources: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of sources) for (const m of text.matchAll(/['"`]([a-z0-9-]+:[A-Z][A-Za-z0-9]+)['"`]/g)) found.add(m[1] as string);
  return [...found].sort();
}

/**
 * Read-only verbs: the scanner must never hold a permission that changes the account. Two services
 * authorize reads with an action that is not a read verb, so each is named exactly rather than
 * admitting its whole verb: API Gateway authorizes its management API by HTTP verb (apigateway:GET
 * is its one read action), and AWS Budgets authorizes every Describe call with budgets:ViewBudget
 * (its writes are budgets:ModifyBudget).
 */
export const READ_ONLY_ACTION =
  /^(?:[a-z0-9-]+:(Get|List|Describe|Generate(CredentialReport|ServiceLastAccessedDetails)$|BatchGet|Lookup)|apigateway:GET$|budgets:ViewBudget$)/;
