import { describe, expect, it } from 'vitest';
import { dmsEndpointNeptuneIamAuthEnabled as check } from '../../../src/checks/dms/dms-endpoint-neptune-iam-auth-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { dmsSection } from '../../builders/dms.js';
import { compliant, endpoint } from './helpers.js';

const neptune = { engineName: 'neptune', endpointType: 'target', sslMode: null };

describe('dms-endpoint-neptune-iam-auth-enabled', () => {
  it('judges Neptune endpoints only', () => {
    expect(compliant(check)).toEqual([]);
    expect(endpoint(check, { neptuneIamAuthEnabled: false })).toEqual([]);
  });

  it('passes a Neptune endpoint with IAM authorization', () => {
    const [r] = endpoint(check, { ...neptune, neptuneIamAuthEnabled: true });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('DMS endpoint e1 (Neptune) uses IAM authorization.');
  });

  it('fails a Neptune endpoint without it', () => {
    const [r] = endpoint(check, { ...neptune, neptuneIamAuthEnabled: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS endpoint e1 (Neptune) does not use IAM authorization (IamAuthEnabled false).');
  });

  it('is UNKNOWN when a Neptune endpoint carried no NeptuneSettings', () => {
    const [r] = endpoint(check, { ...neptune, neptuneIamAuthEnabled: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('the Neptune endpoint carried no NeptuneSettings');
  });

  it('is UNKNOWN for the region when dms:DescribeEndpoints is denied', () => {
    const [r] = run(check, buildInventory({ dms: dmsSection({}, { endpoints: denied('dms:DescribeEndpoints') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeEndpoints');
  });
});
