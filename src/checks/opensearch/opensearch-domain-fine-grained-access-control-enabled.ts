import { defineCheck } from '../define-check.js';
import { eachDomain, fineGrainedAccessControl } from './rules.js';

export const opensearchDomainFineGrainedAccessControlEnabled = defineCheck({
  id: 'opensearch-domain-fine-grained-access-control-enabled',
  title: 'OpenSearch domains have fine-grained access control enabled',
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.7'] },
  rationale:
    'Fine-grained access control adds users, roles and index-, document- and field-level permissions inside the domain, instead of all-or-nothing access granted by the domain access policy. As Security Hub Opensearch.7, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when AdvancedSecurityOptions is enabled.',
  remediation: {
    summary:
      'Enable fine-grained access control (it needs HTTPS, node-to-node encryption and encryption at rest) with an IAM or internal master user.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=<role-arn>}',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, fineGrainedAccessControl),
});
