import { describe, expect, it } from 'vitest';
import { opensearchDomainFineGrainedAccessControlEnabled as check } from '../../../src/checks/opensearch/opensearch-domain-fine-grained-access-control-enabled.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-domain-fine-grained-access-control-enabled', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d has fine-grained access control enabled.');
  });

  it('fails a domain without fine-grained access control', () => {
    const r = one({ fineGrainedAccessControl: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has fine-grained access control disabled.');
  });
  it('fails a domain that reports no advanced security options', () => {
    const r = one({ fineGrainedAccessControl: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d reports no advanced security options, so fine-grained access control is not enabled.',
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
