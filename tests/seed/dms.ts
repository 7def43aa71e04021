/**
 * Demo DMS endpoints in the second region, a compliant and a failing one per endpoint control:
 * MySQL with and without SSL, Neptune with and without IAM authorization, MongoDB with and without
 * authentication, Redis with and without TLS. Replication instances and tasks are not seeded: moto
 * answers their Create and Describe calls with timestamps the JS SDK cannot parse (docs/testing.md).
 */
import {
  CreateEndpointCommand,
  DatabaseMigrationServiceClient,
  type CreateEndpointCommandInput,
} from '@aws-sdk/client-database-migration-service';
import { MOTO_ACCOUNT_ID, seedConfig } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedDms(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[1] ?? regions[0];
  if (!region) return [];
  const dms = new DatabaseMigrationServiceClient(seedConfig(moto, region));
  const role = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/demo-dms-neptune`;
  try {
    const create = async (checkId: string, status: 'PASS' | 'FAIL', input: CreateEndpointCommandInput): Promise<ExpectedFinding> => {
      const out = await dms.send(new CreateEndpointCommand(input));
      return { checkId, resourceArn: out.Endpoint?.EndpointArn ?? '', status };
    };
    const db = { ServerName: 'db.demo.internal', Username: 'migrator', Password: 'Demo-Passw0rd' };
    return [
      await create('dms-endpoint-ssl-enabled', 'PASS', {
        EndpointIdentifier: 'demo-orders-source',
        EndpointType: 'source',
        EngineName: 'mysql',
        Port: 3306,
        SslMode: 'require',
        ...db,
      }),
      await create('dms-endpoint-ssl-enabled', 'FAIL', {
        EndpointIdentifier: 'demo-legacy-source',
        EndpointType: 'source',
        EngineName: 'mysql',
        Port: 3306,
        SslMode: 'none',
        ...db,
      }),
      await create('dms-endpoint-neptune-iam-auth-enabled', 'PASS', {
        EndpointIdentifier: 'demo-graph-target',
        EndpointType: 'target',
        EngineName: 'neptune',
        NeptuneSettings: { S3BucketName: 'demo-staging', S3BucketFolder: 'graph', ServiceAccessRoleArn: role, IamAuthEnabled: true },
      }),
      await create('dms-endpoint-neptune-iam-auth-enabled', 'FAIL', {
        EndpointIdentifier: 'demo-graph-open-target',
        EndpointType: 'target',
        EngineName: 'neptune',
        NeptuneSettings: { S3BucketName: 'demo-staging', S3BucketFolder: 'graph2', ServiceAccessRoleArn: role, IamAuthEnabled: false },
      }),
      await create('dms-endpoint-mongodb-auth-enabled', 'PASS', {
        EndpointIdentifier: 'demo-docs-source',
        EndpointType: 'source',
        EngineName: 'mongodb',
        Port: 27017,
        SslMode: 'require',
        MongoDbSettings: { AuthType: 'password', AuthMechanism: 'scram_sha_1' },
        ...db,
      }),
      await create('dms-endpoint-mongodb-auth-enabled', 'FAIL', {
        EndpointIdentifier: 'demo-docs-open-source',
        EndpointType: 'source',
        EngineName: 'mongodb',
        ServerName: 'db.demo.internal',
        Port: 27017,
        SslMode: 'none',
        MongoDbSettings: { AuthType: 'no' },
      }),
      await create('dms-endpoint-redis-tls-enabled', 'PASS', {
        EndpointIdentifier: 'demo-cache-target',
        EndpointType: 'target',
        EngineName: 'redis',
        RedisSettings: { ServerName: 'cache.demo.internal', Port: 6379, SslSecurityProtocol: 'ssl-encryption' },
      }),
      await create('dms-endpoint-redis-tls-enabled', 'FAIL', {
        EndpointIdentifier: 'demo-cache-plain-target',
        EndpointType: 'target',
        EngineName: 'redis',
        RedisSettings: { ServerName: 'cache.demo.internal', Port: 6379, SslSecurityProtocol: 'plaintext' },
      }),
    ];
  } finally {
    dms.destroy();
  }
}
