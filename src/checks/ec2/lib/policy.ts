/** Reading resource policy documents (VPC endpoint policies) for statements open to everyone. */

interface Statement {
  Sid?: unknown;
  Effect?: unknown;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Condition?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The statements of a policy document, or undefined when it is not a policy object. */
export function statementsOf(doc: unknown): Statement[] | undefined {
  if (!isObject(doc)) return undefined;
  const s = doc['Statement'];
  if (Array.isArray(s)) return s.filter(isObject);
  if (isObject(s)) return [s];
  return undefined;
}

/**
 * `"*"`, `{"AWS": "*"}` and `{"AWS": ["*"]}` all mean every principal
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous).
 */
export function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isObject(principal)) return false;
  const aws = principal['AWS'];
  return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
}

const hasCondition = (c: unknown): boolean => isObject(c) && Object.keys(c).length > 0;

/**
 * Allow statements that grant every principal with no Condition. An Allow with NotPrincipal
 * grants everyone but the listed principals, so it counts too.
 */
export function unconditionedPublicAllows(statements: readonly Statement[]): Statement[] {
  return statements.filter(
    (s) => s.Effect === 'Allow' && (isEveryone(s.Principal) || s.NotPrincipal !== undefined) && !hasCondition(s.Condition),
  );
}

export function statementLabel(s: Statement, index: number): string {
  return typeof s.Sid === 'string' && s.Sid !== '' ? `statement ${s.Sid}` : `statement #${index + 1}`;
}
