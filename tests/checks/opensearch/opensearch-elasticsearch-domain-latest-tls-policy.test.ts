import { describe, expect, it } from 'vitest';
import { opensearchElasticsearchDomainLatestTlsPolicy as check } from '../../../src/checks/opensearch/opensearch-elasticsearch-domain-latest-tls-policy.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-elasticsearch-domain-latest-tls-policy', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d enforces HTTPS with TLS security policy Policy-Min-TLS-1-2-PFS-2023-10.');
  });

  it('fails a domain that does not enforce HTTPS', () => {
    const r = one({ enforceHttps: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d does not enforce HTTPS on its endpoint.');
  });
  it('fails a domain that reports no endpoint options', () => {
    const r = one({ enforceHttps: null, tlsSecurityPolicy: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d does not enforce HTTPS on its endpoint.');
  });
  it('fails a domain with the 2019 TLS 1.2 policy', () => {
    const r = one({ tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d enforces HTTPS with TLS security policy Policy-Min-TLS-1-2-2019-07, not the latest policy Policy-Min-TLS-1-2-PFS-2023-10.',
    );
  });
  it('fails the FIPS policy, which the control parameter does not list', () => {
    const r = one({ tlsSecurityPolicy: 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d enforces HTTPS with TLS security policy Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08, not the latest policy Policy-Min-TLS-1-2-PFS-2023-10.',
    );
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
