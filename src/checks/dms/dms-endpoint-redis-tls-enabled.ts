import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachEndpoint } from './lib.js';

export const dmsEndpointRedisTlsEnabled = defineCheck({
  id: 'dms-endpoint-redis-tls-enabled',
  title: 'DMS endpoints for Redis OSS use TLS',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  frameworks: { fsbp: ['DMS.12'] },
  rationale:
    'With SslSecurityProtocol plaintext, DMS writes the migrated data to Redis without encryption in transit. As Security Hub DMS.12 (AWS Config dms-redis-tls-enabled), a Redis endpoint passes with ssl-encryption; endpoints of other engines are out of scope.',
  remediation: {
    summary: 'Set the Redis endpoint to ssl-encryption (optionally with the CA certificate of the Redis server).',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --redis-settings ServerName=<host>,Port=<port>,SslSecurityProtocol=ssl-encryption',
    console: 'AWS DMS console > Endpoints > <Redis endpoint> > Modify > Endpoint settings: SSL security protocol: ssl-encryption > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachEndpoint(inv, ctx, (e, _data, region) => {
      if (e.engineName !== 'redis') return undefined;
      if (e.redisSslSecurityProtocol === null)
        return unknown(
          e,
          missingData('dms:DescribeEndpoints', e.arn, 'the Redis endpoint carried no RedisSettings.SslSecurityProtocol', { region }),
          `Whether DMS endpoint ${e.id} uses TLS could not be decided`,
        );
      return e.redisSslSecurityProtocol.toLowerCase() === 'ssl-encryption'
        ? pass(e, `DMS endpoint ${e.id} (Redis) uses TLS (ssl-encryption).`)
        : fail(e, `DMS endpoint ${e.id} (Redis) does not use TLS (SslSecurityProtocol ${e.redisSslSecurityProtocol}).`);
    }),
});
