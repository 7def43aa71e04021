import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { collectCloudTrail } from '../../src/collect/cloudtrail.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const LOG_GROUP = `arn:aws:logs:us-east-1:${MOTO_ACCOUNT_ID}:log-group:trail-logs:*`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const s3 = new S3Client(seedConfig(moto));
  await s3.send(new CreateBucketCommand({ Bucket: 'ct-test-logs' }));
  const use1 = new CloudTrailClient(seedConfig(moto, 'us-east-1'));
  const euw1 = new CloudTrailClient(seedConfig(moto, 'eu-west-1'));
  // Secure: multi-region, validated, KMS, CloudWatch Logs, logging, advanced selectors.
  await use1.send(
    new CreateTrailCommand({
      Name: 'org-trail',
      S3BucketName: 'ct-test-logs',
      IsMultiRegionTrail: true,
      EnableLogFileValidation: true,
      KmsKeyId: `arn:aws:kms:us-east-1:${MOTO_ACCOUNT_ID}:key/11111111-2222-3333-4444-555555555555`,
      CloudWatchLogsLogGroupArn: LOG_GROUP,
      CloudWatchLogsRoleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/ct-to-cwl`,
      TagsList: [{ Key: 'owner', Value: 'security' }],
    }),
  );
  await use1.send(new StartLoggingCommand({ Name: 'org-trail' }));
  await use1.send(
    new PutEventSelectorsCommand({
      TrailName: 'org-trail',
      AdvancedEventSelectors: [{ Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
    }),
  );
  // Insecure: single-region, no validation, no KMS, not logging, write-only selectors.
  await euw1.send(new CreateTrailCommand({ Name: 'eu-trail', S3BucketName: 'ct-test-logs' }));
  await euw1.send(
    new PutEventSelectorsCommand({
      TrailName: 'eu-trail',
      EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }],
    }),
  );
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectCloudTrail', () => {
  it('records each trail once, in its home region, with status and selectors', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectCloudTrail(ctx);
      const orgArn = `arn:aws:cloudtrail:us-east-1:${MOTO_ACCOUNT_ID}:trail/org-trail`;
      const euArn = `arn:aws:cloudtrail:eu-west-1:${MOTO_ACCOUNT_ID}:trail/eu-trail`;
      // The multi-region trail is listed in both regions (as a shadow trail in eu-west-1) but
      // recorded once, under its home region.
      const arns = (region: string) => {
        const listing = section.trails[region];
        return listing?.ok ? listing.value.map((t) => t.arn) : listing;
      };
      expect(arns('us-east-1')).toEqual([orgArn]);
      expect(arns('eu-west-1')).toEqual([euArn]);
      const all = Object.values(section.trails).flatMap((l) => (l.ok ? l.value : []));
      const org = all.find((t) => t.arn === orgArn);
      expect(org).toMatchObject({
        name: 'org-trail',
        region: 'us-east-1',
        homeRegion: 'us-east-1',
        isMultiRegionTrail: true,
        logFileValidationEnabled: true,
        kmsKeyId: expect.stringContaining('11111111-2222'),
        s3BucketName: 'ct-test-logs',
        cloudWatchLogsLogGroupArn: LOG_GROUP,
        status: { ok: true, value: { isLogging: true } },
        selectors: {
          ok: true,
          value: {
            eventSelectors: [],
            advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }],
          },
        },
      });
      const eu = all.find((t) => t.arn === euArn);
      expect(eu).toMatchObject({
        region: 'eu-west-1',
        isMultiRegionTrail: false,
        logFileValidationEnabled: false,
        kmsKeyId: null,
        cloudWatchLogsLogGroupArn: null,
        status: { ok: true, value: { isLogging: false, latestCloudWatchLogsDeliveryTime: null } },
        selectors: {
          ok: true,
          value: { eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: [] }] },
        },
        tags: { ok: true, value: {} },
      });
      expect(org?.tags).toEqual({ ok: true, value: { owner: 'security' } });
      expect([...ctx.reader.actions].sort()).toEqual([
        'cloudtrail:DescribeTrails',
        'cloudtrail:GetEventSelectors',
        'cloudtrail:GetTrailStatus',
        'cloudtrail:ListTags',
      ]);
    } finally {
      ctx.close();
    }
  });

  it('records a multi-region trail homed outside the scanned regions under the region that listed it', async () => {
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      const section = await collectCloudTrail(ctx);
      const listing = section.trails['eu-west-1'];
      if (!listing?.ok) throw new Error('DescribeTrails failed');
      const org = listing.value.find((t) => t.name === 'org-trail');
      // GetTrailStatus is called in the home region, which is why it still reads IsLogging.
      expect(org).toMatchObject({
        region: 'us-east-1',
        homeRegion: 'us-east-1',
        isMultiRegionTrail: true,
        status: { ok: true, value: { isLogging: true } },
      });
      expect(ctx.reader.errors).toEqual([]);
    } finally {
      ctx.close();
    }
  });

  it("records denied reads as access-denied ReadErrors: the trail list, or each trail's status and selectors", async () => {
    const listOnly = await restrictedCredentials(moto, 'trail-lister', ['cloudtrail:DescribeTrails']);
    const nothing = await restrictedCredentials(moto, 'trail-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    try {
      const listed = motoContext(moto, ['us-east-1'], listOnly);
      const denied = motoContext(moto, ['us-east-1'], nothing);
      try {
        const trails = (await collectCloudTrail(listed)).trails['us-east-1'];
        if (!trails?.ok) throw new Error('DescribeTrails should be allowed');
        expect(trails.value.length).toBeGreaterThan(0);
        for (const t of trails.value) {
          expect(t.status).toMatchObject({
            ok: false,
            error: { action: 'cloudtrail:GetTrailStatus', kind: 'access-denied', target: t.arn },
          });
          expect(t.selectors).toMatchObject({ ok: false, error: { action: 'cloudtrail:GetEventSelectors', kind: 'access-denied' } });
          expect(t.tags).toMatchObject({ ok: false, error: { action: 'cloudtrail:ListTags', kind: 'access-denied' } });
        }
        expect((await collectCloudTrail(denied)).trails['us-east-1']).toMatchObject({
          ok: false,
          error: { action: 'cloudtrail:DescribeTrails', kind: 'access-denied', region: 'us-east-1' },
        });
      } finally {
        listed.close();
        denied.close();
      }
    } finally {
      await moto.disableIamAuth();
    }
  });
});
