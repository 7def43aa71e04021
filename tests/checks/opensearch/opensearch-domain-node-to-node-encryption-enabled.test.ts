import { describe, expect, it } from 'vitest';
import { opensearchDomainNodeToNodeEncryptionEnabled as check } from '../../../src/checks/opensearch/opensearch-domain-node-to-node-encryption-enabled.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-domain-node-to-node-encryption-enabled', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d encrypts traffic between its nodes.');
  });

  it('fails a domain without node-to-node encryption', () => {
    const r = one({ nodeToNodeEncryption: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d does not encrypt traffic between its nodes (node-to-node encryption is off).');
  });
  it('fails a domain that reports no node-to-node encryption options', () => {
    const r = one({ nodeToNodeEncryption: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d reports no node-to-node encryption options, so traffic between its nodes is not encrypted.',
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
