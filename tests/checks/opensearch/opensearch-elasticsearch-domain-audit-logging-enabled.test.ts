import { describe, expect, it } from 'vitest';
import { opensearchElasticsearchDomainAuditLoggingEnabled as check } from '../../../src/checks/opensearch/opensearch-elasticsearch-domain-audit-logging-enabled.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-elasticsearch-domain-audit-logging-enabled', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe(
      'OpenSearch Service domain d publishes audit logs to CloudWatch Logs (arn:aws:logs:us-east-1:111122223333:log-group:/aws/OpenSearchService/domains/search/audit).',
    );
  });

  it('fails a domain with audit log publishing disabled', () => {
    const r = one({ logPublishing: { AUDIT_LOGS: { enabled: false, logGroupArn: null } } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has audit logs publishing (AUDIT_LOGS) disabled.');
  });
  it('fails a domain that publishes only error logs', () => {
    const r = one({
      logPublishing: { ES_APPLICATION_LOGS: { enabled: true, logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:x' } },
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d does not publish audit logs (AUDIT_LOGS) to CloudWatch Logs.');
  });

  it('is UNKNOWN when es:DescribeDomains is denied', () => {
    const domain = openSearchDomain('d', 'us-east-1', {}, { status: denied('es:DescribeDomains', { region: 'us-east-1' }) });
    const [r] = run(check, buildInventory({ opensearch: opensearchSection([domain]) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:DescribeDomains');
  });

  it('is UNKNOWN for the region when es:ListDomainNames is denied', () => {
    const [r] = run(
      check,
      buildInventory({ opensearch: { domains: { 'eu-west-1': denied('es:ListDomainNames', { region: 'eu-west-1' }) } } }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:ListDomainNames');
  });

  it('reports nothing for a region without domains', () => {
    expect(run(check, buildInventory({ opensearch: opensearchSection([]) }))).toEqual([]);
  });
});
