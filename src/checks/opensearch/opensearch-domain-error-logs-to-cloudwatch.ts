import { defineCheck } from '../define-check.js';
import { eachDomain, errorLogsPublished } from './rules.js';

export const opensearchDomainErrorLogsToCloudwatch = defineCheck({
  id: 'opensearch-domain-error-logs-to-cloudwatch',
  title: 'OpenSearch domains publish error logs to CloudWatch Logs',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.4'] },
  rationale:
    'Error logs record failed requests, script errors and cluster problems; published to CloudWatch Logs they are kept for investigation and can raise alarms. As Security Hub Opensearch.4, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when LogPublishingOptions has ES_APPLICATION_LOGS (error logs) enabled.',
  remediation: {
    summary:
      "Publish the domain's error logs (ES_APPLICATION_LOGS) to a CloudWatch Logs log group whose resource policy lets OpenSearch Service write to it.",
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, errorLogsPublished),
});
