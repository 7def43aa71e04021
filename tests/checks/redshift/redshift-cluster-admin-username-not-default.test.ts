import { describe, expect, it } from 'vitest';
import { redshiftClusterAdminUsernameNotDefault as check } from '../../../src/checks/redshift/redshift-cluster-admin-username-not-default.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-admin-username-not-default', () => {
  it('passes clusters with their own admin name', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 uses admin user name warehouse_admin, not the default awsuser.');
  });

  it('fails a cluster whose admin is awsuser', () => {
    const r = one(check, { masterUsername: 'awsuser' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 uses the default admin user name awsuser.');
  });

  it('is UNKNOWN when redshift:DescribeClusters sent no MasterUsername', () => {
    const r = one(check, { masterUsername: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe("Redshift cluster c1's admin user name could not be read: redshift:DescribeClusters sent no MasterUsername.");
  });
});
