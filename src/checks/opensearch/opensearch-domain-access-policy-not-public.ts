import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';
import { eachDomain, label } from './rules.js';

export const opensearchDomainAccessPolicyNotPublic = defineCheck({
  id: 'opensearch-domain-access-policy-not-public',
  title: 'OpenSearch domain access policies do not allow public access',
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: {},
  rationale:
    'A domain access policy that allows everyone lets any caller that reaches the endpoint read, write or delete indices without signing requests; on a domain with a public endpoint that is anyone on the internet. No Security Hub control judges the policy (Opensearch.2 and ES.2 only check that the domain is in a VPC), so this is a check of its own: a grant to everyone is not public only when a condition pins the caller to fixed values, such as a bounded aws:SourceIp range or aws:PrincipalOrgID. A domain in a VPC still fails, with the VPC named, since the policy then trusts every caller with network access.',
  remediation: {
    summary:
      'Replace grants to Principal "*" with the IAM roles or accounts that need the domain, or pin them to fixed source IP ranges; with fine-grained access control, keep an open policy only on a domain in a VPC.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://domain-access-policy.json',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) =>
    eachDomain(ctx, inv.opensearch, (domain, status) => {
      const verdict = judgePublicPolicy(status.accessPolicy);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(
            domain,
            `${label(domain)} has no access policy, so only signed requests its own account's IAM policies allow get in.`,
          );
        case 'unreadable':
          return unknown(
            domain,
            missingData(
              'es:DescribeDomains',
              domain.arn,
              `the domain access policy is not a readable policy document (${verdict.reason})`,
              {
                region: domain.region,
              },
            ),
            `Whether ${label(domain)} is public could not be decided`,
          );
        case 'public':
          return fail(
            domain,
            `${label(domain)} policy ${verdict.text}${status.vpc ? ` (the domain is in a VPC${status.vpc.vpcId ? `, ${status.vpc.vpcId}` : ''}: every caller with network access to it)` : ' (the domain has a public endpoint)'}.`,
          );
        case 'not-public':
          return pass(domain, `${label(domain)} policy ${verdict.text}.`);
      }
    }),
});
