import { describe, expect, it } from 'vitest';
import { opensearchElasticsearchDomainThreeDedicatedMasterNodes as check } from '../../../src/checks/opensearch/opensearch-elasticsearch-domain-three-dedicated-master-nodes.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-elasticsearch-domain-three-dedicated-master-nodes', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d has 3 dedicated master nodes.');
  });

  it('fails a domain without dedicated master nodes', () => {
    const r = one({ cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: false, dedicatedMasterCount: null } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d does not use dedicated master nodes.');
  });
  it('fails a domain with two dedicated master nodes', () => {
    const r = one({ cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 2 } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has 2 dedicated master nodes, fewer than 3.');
  });
  it('fails a domain that enables dedicated masters without a count', () => {
    const r = one({ cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: null } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has an unreported number of dedicated master nodes, fewer than 3.');
  });
  it('passes a domain with five dedicated master nodes', () => {
    const r = one({ cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 5 } });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('OpenSearch Service domain d has 5 dedicated master nodes.');
  });
  it('is UNKNOWN when the answer does not say whether dedicated masters are used', () => {
    const r = one({ cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: null, dedicatedMasterCount: null } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether OpenSearch Service domain d uses dedicated master nodes could not be decided: es:DescribeDomains returned no ClusterConfig.DedicatedMasterEnabled.',
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
