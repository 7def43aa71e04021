import { describe, expect, it } from 'vitest';
import { dmsEndpointMongodbAuthEnabled as check } from '../../../src/checks/dms/dms-endpoint-mongodb-auth-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { dmsSection } from '../../builders/dms.js';
import { compliant, endpoint } from './helpers.js';

const mongo = { engineName: 'mongodb' };

describe('dms-endpoint-mongodb-auth-enabled', () => {
  it('judges MongoDB endpoints only', () => {
    expect(compliant(check)).toEqual([]);
    expect(endpoint(check, { engineName: 'docdb', mongoDbAuthType: 'no' })).toEqual([]);
  });

  it('passes a MongoDB endpoint with password authentication', () => {
    const [r] = endpoint(check, { ...mongo, mongoDbAuthType: 'password' });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('DMS endpoint e1 (MongoDB) uses password authentication.');
  });

  it('fails a MongoDB endpoint without authentication', () => {
    const [r] = endpoint(check, { ...mongo, mongoDbAuthType: 'no' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS endpoint e1 (MongoDB) uses no authentication (AuthType no).');
  });

  it('is UNKNOWN when the endpoint carried no AuthType', () => {
    const [r] = endpoint(check, { ...mongo, mongoDbAuthType: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('the MongoDB endpoint carried no MongoDbSettings.AuthType');
  });

  it('is UNKNOWN for the region when dms:DescribeEndpoints is denied', () => {
    const [r] = run(check, buildInventory({ dms: dmsSection({}, { endpoints: denied('dms:DescribeEndpoints') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeEndpoints');
  });
});
