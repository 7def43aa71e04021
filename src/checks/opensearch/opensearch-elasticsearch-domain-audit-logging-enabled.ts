import { defineCheck } from '../define-check.js';
import { eachDomain, auditLogsPublished } from './rules.js';

export const opensearchElasticsearchDomainAuditLoggingEnabled = defineCheck({
  id: 'opensearch-elasticsearch-domain-audit-logging-enabled',
  title: 'Elasticsearch domains have audit logging enabled',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsElasticsearchDomain',
  frameworks: { fsbp: ['ES.5'] },
  rationale:
    'Audit logs record who authenticated, which requests were made and which indices changed, which is what an investigation of data access needs. As Security Hub ES.5, judged on every OpenSearch Service domain, which AWS Config also records as AWS::Elasticsearch::Domain: a domain passes when LogPublishingOptions has AUDIT_LOGS enabled, to any log group (Security Hub does not populate the cloudWatchLogsLogGroupArnList parameter); audit logs need fine-grained access control.',
  remediation: {
    summary:
      'Enable fine-grained access control, then publish audit logs (AUDIT_LOGS) to a CloudWatch Logs log group and turn on audit logging in OpenSearch Dashboards.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, auditLogsPublished),
});
