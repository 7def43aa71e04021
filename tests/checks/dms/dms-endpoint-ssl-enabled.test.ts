import { describe, expect, it } from 'vitest';
import { dmsEndpointSslEnabled as check } from '../../../src/checks/dms/dms-endpoint-ssl-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { dmsSection } from '../../builders/dms.js';
import { compliant, endpoint } from './helpers.js';

describe('dms-endpoint-ssl-enabled', () => {
  it('passes endpoints with an SSL mode', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(endpoint(check)[0]?.reason).toBe('DMS endpoint e1 (mysql source) uses SSL (SslMode verify-full).');
    expect(endpoint(check, { sslMode: 'require', engineName: 'postgres', endpointType: 'target' })[0]?.status).toBe('PASS');
  });

  it('fails an endpoint with SslMode none', () => {
    const [r] = endpoint(check, { sslMode: 'none' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS endpoint e1 (mysql source) does not use SSL (SslMode none).');
  });

  it('leaves out engines that have no SSL mode (S3, Neptune, Redis, ...)', () => {
    for (const engineName of ['s3', 'neptune', 'redis', 'dynamodb', 'kinesis', 'redshift'])
      expect(endpoint(check, { engineName, sslMode: 'none' })).toEqual([]);
  });

  it('is UNKNOWN when the answer carried no SslMode', () => {
    const [r] = endpoint(check, { sslMode: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Whether DMS endpoint e1 (mysql) uses SSL could not be decided: dms:DescribeEndpoints sent no SslMode.');
  });

  it('is UNKNOWN for the region when dms:DescribeEndpoints is denied', () => {
    const [r] = run(check, buildInventory({ dms: dmsSection({}, { endpoints: denied('dms:DescribeEndpoints') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeEndpoints');
  });
});
