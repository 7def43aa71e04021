import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { parsePolicy, pinsCaller, publicAccess, touchesActions } from '../lib/policy/index.js';

const S3_PRINCIPAL = 's3.amazonaws.com';

export const lambdaFunctionPublicAccessProhibited = defineCheck({
  id: 'lambda-function-public-access-prohibited',
  title: 'Lambda function policies prohibit public access',
  service: 'lambda',
  severity: 'critical',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.1'], checklist: ['4.17'] },
  rationale:
    "A function policy that lets everyone invoke or manage the function lets anyone on the internet run its code with its execution role's permissions; an S3 trigger without aws:SourceAccount can be fired by a bucket of the same name in another account.",
  remediation: {
    summary:
      'Remove the statements that grant access to every principal, and pin S3 triggers to your account with an aws:SourceAccount condition.',
    console:
      'Lambda console > Functions > the function > Configuration > Permissions > Resource-based policy statements: delete the public statement (or run `aws lambda remove-permission` with its statement ID), then re-add S3 permissions with the source account.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn, region) => {
      if (!fn.policy.ok) return unknown(fn, fn.policy.error);
      if (fn.policy.value === null) return pass(fn, `Lambda function ${fn.name} has no resource-based policy.`);
      const parsed = parsePolicy(fn.policy.value);
      if (!parsed.ok)
        return unknown(
          fn,
          missingData('lambda:GetPolicy', fn.arn, `the function policy is not a readable policy document (${parsed.reason})`, { region }),
          `Whether Lambda function ${fn.name} is public could not be decided`,
        );
      const open = publicAccess(parsed.policy, { actions: ['lambda:*'] }).grants.map((g) => g.label);
      // Lambda.1 also fails an S3 trigger whose conditions do not pin the source account: bucket
      // names are global and an S3 ARN has no account field, so aws:SourceArn alone can match a
      // same-named bucket in another account once the original is deleted.
      const s3Unpinned = parsed.policy.statements
        .filter(
          (s) =>
            s.effect === 'Allow' &&
            s.principal?.entries.some((e) => e.kind === 'Service' && e.value.toLowerCase() === S3_PRINCIPAL) === true &&
            touchesActions(s, 'lambda:*') &&
            !s.conditions.some((c) => c.keyLower !== 'aws:sourcearn' && pinsCaller(c, {})),
        )
        .map((s) => (s.sid ? `statement "${s.sid}"` : `statement #${s.index + 1}`));
      const parts = [
        ...(open.length ? [`allows every principal in ${open.join(', ')}`] : []),
        ...(s3Unpinned.length ? [`lets Amazon S3 invoke it without an aws:SourceAccount condition in ${s3Unpinned.join(', ')}`] : []),
      ];
      if (parts.length) return fail(fn, `Lambda function ${fn.name} policy ${parts.join('; it ')}.`);
      return pass(fn, `Lambda function ${fn.name} policy grants no public access.`);
    }),
});
