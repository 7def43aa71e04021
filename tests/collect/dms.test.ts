import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateEndpointCommand,
  DatabaseMigrationServiceClient,
  DescribeEndpointsCommand,
  DescribeReplicationInstancesCommand,
  ListTagsForResourceCommand,
  DescribeReplicationTasksCommand,
} from '@aws-sdk/client-database-migration-service';
import { collectDms } from '../../src/collect/dms.js';
import { MOTO_ACCOUNT_ID, seedConfig, startMoto, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const loggingSettings = {
  Logging: {
    EnableLogging: true,
    LogComponents: [
      { Id: 'SOURCE_UNLOAD', Severity: 'LOGGER_SEVERITY_DEFAULT' },
      { Id: 'SOURCE_CAPTURE', Severity: 'LOGGER_SEVERITY_ERROR' },
    ],
  },
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const dms = new DatabaseMigrationServiceClient(seedConfig(moto, 'us-east-1'));
  try {
    await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'mysql',
        EndpointType: 'source',
        EngineName: 'mysql',
        ServerName: 'db.internal',
        Port: 3306,
        SslMode: 'none',
      }),
    );
    await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'graph',
        EndpointType: 'target',
        EngineName: 'neptune',
        NeptuneSettings: {
          S3BucketName: 'staging',
          S3BucketFolder: 'graph',
          IamAuthEnabled: true,
          ServiceAccessRoleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/dms`,
        },
      }),
    );
    await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'docs',
        EndpointType: 'source',
        EngineName: 'mongodb',
        ServerName: 'mongo.internal',
        Port: 27017,
        MongoDbSettings: { AuthType: 'no' },
      }),
    );
    await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'cache',
        EndpointType: 'target',
        EngineName: 'redis',
        RedisSettings: { ServerName: 'redis.internal', Port: 6379, SslSecurityProtocol: 'plaintext' },
      }),
    );
  } finally {
    dms.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

/**
 * moto 5.2.1 answers DescribeReplicationInstances and DescribeReplicationTasks with timestamps as
 * ISO text (InstanceCreateTime, ReplicationTaskCreationDate) where the JSON protocol sends epoch
 * seconds, and the JS SDK rejects the answer. Those two lists are tested on recorded-shape answers
 * (aws-sdk-client-mock); endpoints, which carry no timestamp, against moto.
 */
const recordedInstances = {
  ReplicationInstances: [
    {
      ReplicationInstanceIdentifier: 'public',
      ReplicationInstanceArn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PUBLICEXAMPLE`,
      ReplicationInstanceClass: 'dms.t3.micro',
      InstanceCreateTime: new Date('2026-01-05T10:00:00Z'),
      PubliclyAccessible: true,
      AutoMinorVersionUpgrade: false,
      MultiAZ: false,
    },
    {
      ReplicationInstanceIdentifier: 'private',
      ReplicationInstanceArn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PRIVATEEXAMPLE`,
      ReplicationInstanceClass: 'dms.r5.large',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      MultiAZ: true,
    },
  ],
};
const task = (id: string, settings?: string) => ({
  ReplicationTaskIdentifier: id,
  ReplicationTaskArn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:task:${id.toUpperCase()}`,
  MigrationType: 'full-load' as const,
  ReplicationTaskCreationDate: new Date('2026-01-05T10:00:00Z'),
  ...(settings === undefined ? {} : { ReplicationTaskSettings: settings }),
});

describe('collectDms', () => {
  it('records endpoints with their engine settings (moto), and a region without DMS resources as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectDms(ctx);
      expect(regions['eu-west-1']).toEqual({
        replicationInstances: { ok: true, value: [] },
        endpoints: { ok: true, value: [] },
        replicationTasks: { ok: true, value: [] },
      });
      const data = regions['us-east-1'];
      const endpoints = new Map((data?.endpoints.ok ? data.endpoints.value : []).map((e) => [e.id, e]));
      expect([...endpoints.keys()].sort()).toEqual(['cache', 'docs', 'graph', 'mysql']);
      expect(endpoints.get('mysql')).toMatchObject({
        arn: expect.stringMatching(/^arn:aws:dms:us-east-1:123456789012:endpoint:/) as unknown,
        endpointType: 'source',
        engineName: 'mysql',
        sslMode: 'none',
        neptuneIamAuthEnabled: null,
        mongoDbAuthType: null,
        redisSslSecurityProtocol: null,
      });
      expect(endpoints.get('graph')).toMatchObject({ endpointType: 'target', engineName: 'neptune', neptuneIamAuthEnabled: true });
      expect(endpoints.get('docs')).toMatchObject({ engineName: 'mongodb', mongoDbAuthType: 'no' });
      expect(endpoints.get('cache')).toMatchObject({ engineName: 'redis', redisSslSecurityProtocol: 'plaintext' });
    } finally {
      ctx.close();
    }
  });

  it('records a denied endpoint list as an access-denied ReadError (moto)', async () => {
    const instancesOnly = await restrictedCredentials(moto, 'dms-instances', ['dms:DescribeReplicationInstances']);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['us-east-1'], instancesOnly);
    try {
      const data = (await collectDms(ctx)).regions['us-east-1'];
      expect(data?.replicationInstances).toEqual({ ok: true, value: [] });
      expect(data?.endpoints).toMatchObject({
        ok: false,
        error: { action: 'dms:DescribeEndpoints', kind: 'access-denied', region: 'us-east-1' },
      });
      expect(data?.replicationTasks).toMatchObject({
        ok: false,
        error: { action: 'dms:DescribeReplicationTasks', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });

  it('records replication instances and the logging of each task from its settings (aws-sdk-client-mock)', async () => {
    const mock = mockClient(DatabaseMigrationServiceClient);
    mock.on(DescribeReplicationInstancesCommand).resolves(recordedInstances);
    // One ListTagsForResource over both instance ARNs; each tag names the resource it belongs to.
    mock.on(ListTagsForResourceCommand).resolves({
      TagList: [
        { Key: 'owner', Value: 'data', ResourceArn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PRIVATEEXAMPLE` },
        { Key: 'aws:cloudformation:stack-name', Value: 'x', ResourceArn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PRIVATEEXAMPLE` },
      ],
    });
    mock.on(DescribeEndpointsCommand).resolves({ Endpoints: [] });
    mock.on(DescribeReplicationTasksCommand).resolves({
      ReplicationTasks: [task('logged', JSON.stringify(loggingSettings)), task('garbled', 'not json'), task('bare')],
    });
    const ctx = mockedContext(['us-east-1']);
    try {
      const data = (await collectDms(ctx)).regions['us-east-1'];
      expect(mock.commandCalls(DescribeReplicationTasksCommand)[0]?.args[0].input).toMatchObject({ WithoutSettings: false });
      expect(data?.replicationInstances).toEqual({
        ok: true,
        value: [
          {
            arn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PUBLICEXAMPLE`,
            region: 'us-east-1',
            id: 'public',
            publiclyAccessible: true,
            autoMinorVersionUpgrade: false,
            multiAz: false,
            tagKeys: { ok: true, value: [] },
          },
          {
            arn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:rep:PRIVATEEXAMPLE`,
            region: 'us-east-1',
            id: 'private',
            publiclyAccessible: false,
            autoMinorVersionUpgrade: true,
            multiAz: true,
            tagKeys: { ok: true, value: ['owner', 'aws:cloudformation:stack-name'] },
          },
        ],
      });
      expect(mock.commandCalls(ListTagsForResourceCommand)).toHaveLength(1);
      expect(mock.commandCalls(ListTagsForResourceCommand)[0]?.args[0].input.ResourceArnList).toHaveLength(2);
      const tasks = new Map((data?.replicationTasks.ok ? data.replicationTasks.value : []).map((t) => [t.id, t]));
      expect(tasks.get('logged')).toEqual({
        arn: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:task:LOGGED`,
        region: 'us-east-1',
        id: 'logged',
        logging: {
          ok: true,
          value: { enabled: true, components: { SOURCE_UNLOAD: 'LOGGER_SEVERITY_DEFAULT', SOURCE_CAPTURE: 'LOGGER_SEVERITY_ERROR' } },
        },
      });
      // Settings that are not JSON are a failed read of that task, never "no logging".
      expect(tasks.get('garbled')?.logging).toMatchObject({
        ok: false,
        error: { action: 'dms:DescribeReplicationTasks', kind: 'other', target: `arn:aws:dms:us-east-1:${MOTO_ACCOUNT_ID}:task:GARBLED` },
      });
      expect(tasks.get('bare')?.logging).toEqual({ ok: true, value: null });
    } finally {
      ctx.close();
      mock.restore();
    }
  });
});
