import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

export const DmsReplicationInstance = z.object({
  /** ReplicationInstanceArn */
  arn: z.string(),
  region: z.string(),
  /** ReplicationInstanceIdentifier */
  id: z.string(),
  /** PubliclyAccessible (absent read as false: AWS always sends it) */
  publiclyAccessible: z.boolean(),
  /** AutoMinorVersionUpgrade; null when AWS sent none */
  autoMinorVersionUpgrade: z.boolean().nullable(),
  /** MultiAZ; null when AWS sent none */
  multiAz: z.boolean().nullable(),
  /**
   * ListTagsForResource (ResourceArnList: many instances per call) TagList[].Key of this instance
   * (values are not kept); absent in inventories collected before it was read
   */
  tagKeys: observedSchema(z.array(z.string())).optional(),
});
export type DmsReplicationInstance = z.infer<typeof DmsReplicationInstance>;

export const DmsEndpoint = z.object({
  /** EndpointArn */
  arn: z.string(),
  region: z.string(),
  /** EndpointIdentifier */
  id: z.string(),
  /** EndpointType, lower case: `source` or `target` */
  endpointType: z.string(),
  /** EngineName, lower case: mysql, postgres, mongodb, neptune, redis, s3, ... */
  engineName: z.string(),
  /** SslMode: none, require, verify-ca or verify-full; null when AWS sent none (engines without the setting) */
  sslMode: z.string().nullable(),
  /**
   * NeptuneSettings.IamAuthEnabled; null when the endpoint has no NeptuneSettings. An absent
   * IamAuthEnabled inside them is false, AWS's documented default.
   */
  neptuneIamAuthEnabled: z.boolean().nullable(),
  /** MongoDbSettings.AuthType: `password` or `no`; null when AWS sent no MongoDbSettings or no AuthType */
  mongoDbAuthType: z.string().nullable(),
  /** RedisSettings.SslSecurityProtocol: `ssl-encryption` or `plaintext`; null when AWS sent no RedisSettings or no value */
  redisSslSecurityProtocol: z.string().nullable(),
});
export type DmsEndpoint = z.infer<typeof DmsEndpoint>;

/** The Logging block of a task's ReplicationTaskSettings JSON. */
export const DmsTaskLogging = z.object({
  /** Logging.EnableLogging; null when the settings have no Logging block or no EnableLogging */
  enabled: z.boolean().nullable(),
  /** Logging.LogComponents[]: component Id (SOURCE_UNLOAD, TARGET_APPLY, ...) to Severity (LOGGER_SEVERITY_DEFAULT, ...) */
  components: z.record(z.string(), z.string()),
});
export type DmsTaskLogging = z.infer<typeof DmsTaskLogging>;

export const DmsReplicationTask = z.object({
  /** ReplicationTaskArn */
  arn: z.string(),
  region: z.string(),
  /** ReplicationTaskIdentifier */
  id: z.string(),
  /**
   * ReplicationTaskSettings (a JSON document) parsed for its Logging block; null when the task
   * carries no settings; a failed read when the settings are not JSON.
   */
  logging: observedSchema(DmsTaskLogging.nullable()),
});
export type DmsReplicationTask = z.infer<typeof DmsReplicationTask>;

/** What the dms collector records, per scanned region. */
export const DmsRegion = z.object({
  /** DescribeReplicationInstances */
  replicationInstances: observedSchema(z.array(DmsReplicationInstance)),
  /** DescribeEndpoints */
  endpoints: observedSchema(z.array(DmsEndpoint)),
  /** DescribeReplicationTasks (with their settings) */
  replicationTasks: observedSchema(z.array(DmsReplicationTask)),
});
export type DmsRegion = z.infer<typeof DmsRegion>;

/** What the dms collector records. */
export const DmsSection = z.object({
  regions: regionalSchema(DmsRegion),
});
export type DmsSection = z.infer<typeof DmsSection>;
