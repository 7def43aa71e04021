import { describe, expect, it } from 'vitest';
import { opensearchDomainInVpc as check } from '../../../src/checks/opensearch/opensearch-domain-in-vpc.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-domain-in-vpc', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d is in a VPC (vpc-0123456789abcdef0) with subnets subnet-0a, subnet-0b, subnet-0c.');
  });

  it('passes a VPC domain whose answer names subnets but no VPC ID', () => {
    const r = one({ vpc: { vpcId: null, subnetIds: ['subnet-1'] } });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('OpenSearch Service domain d is in a VPC with subnets subnet-1.');
  });
  it('fails a domain with a public endpoint', () => {
    const r = one({ vpc: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d is not in a VPC: it has a public endpoint.');
  });
  it('fails a domain whose VPC options are empty', () => {
    const r = one({ vpc: { vpcId: null, subnetIds: [] } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d is not in a VPC: it has a public endpoint.');
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
