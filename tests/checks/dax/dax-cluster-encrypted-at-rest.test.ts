import { describe, expect, it } from 'vitest';
import { daxClusterEncryptedAtRest as check } from '../../../src/checks/dax/dax-cluster-encrypted-at-rest.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { daxCluster, daxSection } from '../../builders/dax.js';
import type { DaxCluster } from '../../../src/model/dax.js';

const one = (overrides: Partial<DaxCluster>) =>
  run(check, buildInventory({ dax: daxSection([daxCluster('c', 'us-east-1', overrides)]) }))[0];

describe('dax-cluster-encrypted-at-rest', () => {
  it('passes a compliant cluster', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('DAX cluster c is encrypted at rest.');
  });

  it('fails a cluster without it', () => {
    const r = one({ sseStatus: 'DISABLED' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DAX cluster c is not encrypted at rest (server-side encryption DISABLED).');
  });

  it('is UNKNOWN for the region when dax:DescribeClusters is denied', () => {
    const [r] = run(check, buildInventory({ dax: { clusters: { 'eu-west-1': denied('dax:DescribeClusters', { region: 'eu-west-1' }) } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dax:DescribeClusters');
  });
});
