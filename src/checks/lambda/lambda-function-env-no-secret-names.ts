import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { secretLookingNames } from './secret-names.js';

export const lambdaFunctionEnvNoSecretNames = defineCheck({
  id: 'lambda-function-env-no-secret-names',
  title: 'Lambda environment variables do not look like they hold secrets',
  service: 'lambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  frameworks: { checklist: ['2.3'] },
  rationale:
    'Environment variables are returned in clear text to anyone allowed lambda:GetFunctionConfiguration and are copied into every deployment tool and log that shows configuration; secrets belong in Secrets Manager or Parameter Store, fetched at run time. Only the variable names are inspected, never their values.',
  remediation: {
    summary:
      'Move the secret to Secrets Manager (or a SecureString parameter), give the execution role read access to it, and keep only its ARN or name in the environment (e.g. DB_PASSWORD_SECRET_ARN).',
    console:
      'Lambda console > Functions > the function > Configuration > Environment variables > Edit: remove the secret and reference a Secrets Manager secret instead.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) => {
      const suspicious = secretLookingNames(fn.environmentVariableNames);
      if (suspicious.length > 0)
        return fail(fn, `Lambda function ${fn.name} has environment variables named like secrets: ${suspicious.join(', ')}.`);
      return pass(
        fn,
        fn.environmentVariableNames.length === 0
          ? `Lambda function ${fn.name} has no environment variables.`
          : `Lambda function ${fn.name} has no environment variable named like a secret (${fn.environmentVariableNames.length} checked).`,
      );
    }),
});
