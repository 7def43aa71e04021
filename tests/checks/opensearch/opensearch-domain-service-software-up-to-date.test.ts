import { describe, expect, it } from 'vitest';
import { opensearchDomainServiceSoftwareUpToDate as check } from '../../../src/checks/opensearch/opensearch-domain-service-software-up-to-date.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

describe('opensearch-domain-service-software-up-to-date', () => {
  it('passes a compliant domain', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBeUndefined();
    expect(r?.reason).toBe('OpenSearch Service domain d runs service software OpenSearch_2_11_R20240502 with no update available.');
  });

  it('fails a domain with an update available', () => {
    const r = one({
      serviceSoftware: {
        updateAvailable: true,
        updateStatus: 'ELIGIBLE',
        currentVersion: 'OpenSearch_2_11_R20240502',
        newVersion: 'OpenSearch_2_11_R20240901',
      },
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d runs service software OpenSearch_2_11_R20240502 with an update to OpenSearch_2_11_R20240901 available but not installed (update status ELIGIBLE).',
    );
  });
  it('fails a domain whose update is still in progress', () => {
    const r = one({ serviceSoftware: { updateAvailable: true, updateStatus: 'IN_PROGRESS', currentVersion: null, newVersion: null } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d runs service software with an update available but not installed (update status IN_PROGRESS).',
    );
  });
  it('is UNKNOWN when the answer has no service software options', () => {
    const r = one({ serviceSoftware: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether OpenSearch Service domain d has the latest service software could not be decided: es:DescribeDomains returned no ServiceSoftwareOptions.UpdateAvailable.',
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
