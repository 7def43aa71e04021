import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { collectConfig } from '../../src/collect/config.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await new S3Client(seedConfig(moto)).send(new CreateBucketCommand({ Bucket: 'config-test-logs' }));
  // Secure in us-east-1: all resources, global types, delivery channel, started.
  const use1 = new ConfigServiceClient(seedConfig(moto, 'us-east-1'));
  await use1.send(
    new PutConfigurationRecorderCommand({
      ConfigurationRecorder: {
        name: 'default',
        roleARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/config`,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
      },
    }),
  );
  await use1.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'config-test-logs' } }));
  await use1.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
  // Insecure in eu-west-1: only two resource types, never started, no delivery channel.
  await new ConfigServiceClient(seedConfig(moto, 'eu-west-1')).send(
    new PutConfigurationRecorderCommand({
      ConfigurationRecorder: {
        name: 'partial',
        roleARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/config`,
        recordingGroup: {
          allSupported: false,
          includeGlobalResourceTypes: false,
          resourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket'],
        },
      },
    }),
  );
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectConfig', () => {
  it('records recorders, their status and delivery channels per region', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1', 'ap-south-1']);
    try {
      const { regions } = await collectConfig(ctx);
      expect(regions['us-east-1']).toEqual({
        recorders: {
          ok: true,
          value: [
            expect.objectContaining({ name: 'default', allSupported: true, includeGlobalResourceTypes: true, excludedResourceTypes: [] }),
          ],
        },
        recorderStatuses: { ok: true, value: [expect.objectContaining({ name: 'default', recording: true })] },
        deliveryChannels: { ok: true, value: [{ name: 'default', s3BucketName: 'config-test-logs', snsTopicArn: null }] },
      });
      expect(regions['eu-west-1']).toEqual({
        recorders: {
          ok: true,
          value: [
            expect.objectContaining({
              name: 'partial',
              allSupported: false,
              includeGlobalResourceTypes: false,
              resourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket'],
            }),
          ],
        },
        recorderStatuses: { ok: true, value: [expect.objectContaining({ name: 'partial', recording: false })] },
        deliveryChannels: { ok: true, value: [] },
      });
      // A region where Config was never set up.
      expect(regions['ap-south-1']).toEqual({
        recorders: { ok: true, value: [] },
        recorderStatuses: { ok: true, value: [] },
        deliveryChannels: { ok: true, value: [] },
      });
    } finally {
      ctx.close();
    }
  });

  it('records each denied read as an access-denied ReadError, keeping the reads that were allowed', async () => {
    const creds = await restrictedCredentials(moto, 'recorder-reader', ['config:DescribeConfigurationRecorders']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    const ctx = motoContext(moto, ['us-east-1'], creds);
    try {
      const region = (await collectConfig(ctx)).regions['us-east-1'];
      expect(region?.recorders).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'default' })] });
      expect(region?.recorderStatuses).toMatchObject({
        ok: false,
        error: { action: 'config:DescribeConfigurationRecorderStatus', kind: 'access-denied', region: 'us-east-1' },
      });
      expect(region?.deliveryChannels).toMatchObject({
        ok: false,
        error: { action: 'config:DescribeDeliveryChannels', kind: 'access-denied' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
