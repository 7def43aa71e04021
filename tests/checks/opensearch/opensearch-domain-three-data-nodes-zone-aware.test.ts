import { describe, expect, it } from 'vitest';
import { opensearchDomainThreeDataNodesZoneAware as check } from '../../../src/checks/opensearch/opensearch-domain-three-data-nodes-zone-aware.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-domain-three-data-nodes-zone-aware', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d has 3 data nodes with zone awareness enabled.');
  });

  it('fails a domain with fewer than three data nodes', () => {
    const r = one({ cluster: { instanceCount: 2, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has 2 data nodes, fewer than 3.');
  });
  it('fails a domain without zone awareness', () => {
    const r = one({ cluster: { instanceCount: 6, zoneAwarenessEnabled: false, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has 6 data nodes but zone awareness disabled.');
  });
  it('fails a single-node domain without zone awareness', () => {
    const r = one({
      cluster: { instanceCount: 1, zoneAwarenessEnabled: false, dedicatedMasterEnabled: false, dedicatedMasterCount: null },
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('OpenSearch Service domain d has 1 data node (fewer than 3) and zone awareness disabled.');
  });
  it('is UNKNOWN when the answer has no instance count', () => {
    const r = one({ cluster: { instanceCount: null, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether OpenSearch Service domain d has three data nodes across zones could not be decided: es:DescribeDomains returned no ClusterConfig.InstanceCount.',
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
