import { describe, expect, it } from 'vitest';
import { dmsEndpointRedisTlsEnabled as check } from '../../../src/checks/dms/dms-endpoint-redis-tls-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { dmsSection } from '../../builders/dms.js';
import { compliant, endpoint } from './helpers.js';

const redis = { engineName: 'redis', endpointType: 'target', sslMode: null };

describe('dms-endpoint-redis-tls-enabled', () => {
  it('judges Redis endpoints only', () => {
    expect(compliant(check)).toEqual([]);
  });

  it('passes a Redis endpoint with ssl-encryption', () => {
    const [r] = endpoint(check, { ...redis, redisSslSecurityProtocol: 'ssl-encryption' });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('DMS endpoint e1 (Redis) uses TLS (ssl-encryption).');
  });

  it('fails a plaintext Redis endpoint', () => {
    const [r] = endpoint(check, { ...redis, redisSslSecurityProtocol: 'plaintext' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS endpoint e1 (Redis) does not use TLS (SslSecurityProtocol plaintext).');
  });

  it('is UNKNOWN when the endpoint carried no SslSecurityProtocol', () => {
    const [r] = endpoint(check, { ...redis, redisSslSecurityProtocol: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('the Redis endpoint carried no RedisSettings.SslSecurityProtocol');
  });

  it('is UNKNOWN for the region when dms:DescribeEndpoints is denied', () => {
    const [r] = run(check, buildInventory({ dms: dmsSection({}, { endpoints: denied('dms:DescribeEndpoints') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeEndpoints');
  });
});
