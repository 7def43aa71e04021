import { describe, expect, it } from 'vitest';
import { opensearchElasticsearchDomainTagged as check } from '../../../src/checks/opensearch/opensearch-elasticsearch-domain-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (tagKeys: string[]) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', {}, { tagKeys: ok(tagKeys) })]) }))[0];

describe('opensearch-elasticsearch-domain-tagged', () => {
  it('passes a domain with a user tag', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(['owner'])?.reason).toBe('OpenSearch Service domain d has tag keys owner.');
  });

  it('fails a domain without tags', () => {
    const r = one([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has no tags.');
  });

  it('fails a domain with only system tags', () => {
    const r = one(['aws:cloudformation:stack-name']);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has no tags other than AWS system tags.');
  });

  it('is UNKNOWN when es:ListTags is denied', () => {
    const domain = openSearchDomain('d', 'us-east-1', {}, { tagKeys: denied('es:ListTags', { region: 'us-east-1' }) });
    const [r] = run(check, buildInventory({ opensearch: opensearchSection([domain]) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:ListTags');
  });

  it('is UNKNOWN for the region when es:ListDomainNames is denied', () => {
    const [r] = run(
      check,
      buildInventory({ opensearch: { domains: { 'eu-west-1': denied('es:ListDomainNames', { region: 'eu-west-1' }) } } }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:ListDomainNames');
  });
});
