import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachEndpoint } from './lib.js';

/**
 * Engines whose endpoints have no SslMode setting: AWS services reached over their own TLS APIs
 * (S3, DynamoDB, Kinesis, Neptune, OpenSearch, Timestream), Amazon Redshift ("already uses an SSL
 * connection and doesn't require an SSL connection set up by AWS DMS"), and Redis and Kafka, whose
 * TLS is their own setting (RedisSettings.SslSecurityProtocol, judged by DMS.12; KafkaSettings.SecurityProtocol).
 * https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html
 */
export const ENGINES_WITHOUT_SSL_MODE: ReadonlySet<string> = new Set([
  's3',
  'dynamodb',
  'kinesis',
  'neptune',
  'elasticsearch',
  'opensearch',
  'timestream',
  'redshift',
  'redshift-serverless',
  'redis',
  'kafka',
]);

export const dmsEndpointSslEnabled = defineCheck({
  id: 'dms-endpoint-ssl-enabled',
  title: 'DMS endpoints use SSL',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  frameworks: { fsbp: ['DMS.9'] },
  rationale:
    'Without SSL, DMS moves the migrated rows and the database credentials between the replication instance and the database in clear text. As Security Hub DMS.9 (AWS Config dms-endpoint-ssl-configured), an endpoint fails when its SslMode is none. Engines that have no SslMode setting (S3, DynamoDB, Kinesis, Neptune, OpenSearch, Redshift, Redis, Kafka, Timestream) are out of scope.',
  remediation: {
    summary: 'Set the SSL mode to require, or to verify-ca / verify-full with the database CA certificate imported into DMS.',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --ssl-mode verify-full --certificate-arn <certificate-arn>',
    console: 'AWS DMS console > Endpoints > <endpoint> > Modify > Endpoint configuration: Secure Socket Layer (SSL) mode > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachEndpoint(inv, ctx, (e, _data, region) => {
      if (ENGINES_WITHOUT_SSL_MODE.has(e.engineName)) return undefined;
      if (e.sslMode === null)
        return undecided(
          e,
          `Whether DMS endpoint ${e.id} (${e.engineName}) uses SSL could not be decided: dms:DescribeEndpoints sent no SslMode.`,
          [missingData('dms:DescribeEndpoints', e.arn, 'the answer carried no SslMode', { region })],
        );
      return e.sslMode.toLowerCase() === 'none'
        ? fail(e, `DMS endpoint ${e.id} (${e.engineName} ${e.endpointType}) does not use SSL (SslMode none).`)
        : pass(e, `DMS endpoint ${e.id} (${e.engineName} ${e.endpointType}) uses SSL (SslMode ${e.sslMode}).`);
    }),
});
