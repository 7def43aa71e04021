import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudFrontClient, CreateDistributionCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront';
import { collectCloudfront } from '../../src/collect/cloudfront.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

const forwarded = { QueryString: false, Cookies: { Forward: 'none' as const } };

/** An S3 origin and a custom origin in a failover group, logging, a web ACL and an ACM certificate. */
const config: DistributionConfig = {
  CallerReference: 'full',
  Comment: '',
  Enabled: true,
  DefaultRootObject: 'index.html',
  Origins: {
    Quantity: 2,
    Items: [
      {
        Id: 's3',
        DomainName: 'site.s3.us-east-1.amazonaws.com',
        S3OriginConfig: { OriginAccessIdentity: '' },
        OriginAccessControlId: 'E2OAC',
      },
      {
        Id: 'api',
        DomainName: 'api.example.com',
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: 'match-viewer',
          OriginSslProtocols: { Quantity: 2, Items: ['SSLv3', 'TLSv1.2'] },
        },
      },
    ],
  },
  OriginGroups: {
    Quantity: 1,
    Items: [
      {
        Id: 'group',
        FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [500] } },
        Members: { Quantity: 2, Items: [{ OriginId: 's3' }, { OriginId: 'api' }] },
      },
    ],
  },
  DefaultCacheBehavior: {
    TargetOriginId: 's3',
    ViewerProtocolPolicy: 'allow-all',
    TrustedKeyGroups: { Enabled: true, Quantity: 1, Items: ['kg1'] },
    ForwardedValues: forwarded,
    MinTTL: 0,
  },
  CacheBehaviors: {
    Quantity: 1,
    Items: [
      {
        PathPattern: '/api/*',
        TargetOriginId: 'api',
        ViewerProtocolPolicy: 'https-only',
        TrustedSigners: { Enabled: true, Quantity: 1, Items: ['self'] },
        ForwardedValues: forwarded,
        MinTTL: 0,
      },
    ],
  },
  Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/' },
  ViewerCertificate: {
    ACMCertificateArn: `arn:aws:acm:us-east-1:${MOTO_ACCOUNT_ID}:certificate/abcd`,
    SSLSupportMethod: 'sni-only',
    MinimumProtocolVersion: 'TLSv1.2_2021',
  },
  WebACLId: `arn:aws:wafv2:us-east-1:${MOTO_ACCOUNT_ID}:global/webacl/edge/1111`,
};

describe('collectCloudfront', () => {
  it('records an account without distributions as an empty list', async () => {
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      expect((await collectCloudfront(ctx)).distributions).toEqual({ ok: true, value: [] });
    } finally {
      ctx.close();
    }
  });

  it('records each distribution with the configuration GetDistributionConfig returns', async () => {
    const cf = new CloudFrontClient(seedConfig(moto));
    const created = await cf.send(new CreateDistributionCommand({ DistributionConfig: config })).finally(() => cf.destroy());
    const id = created.Distribution?.Id ?? '';
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      const { distributions } = await collectCloudfront(ctx);
      expect(distributions.ok && distributions.value.length).toBe(1);
      const d = distributions.ok ? distributions.value[0] : undefined;
      // moto builds the ARN without the empty region field; the collector builds AWS's form.
      expect(d).toMatchObject({ arn: `arn:aws:cloudfront::${MOTO_ACCOUNT_ID}:distribution/${id}`, region: 'global', id });
      expect(d?.tagKeys).toEqual({ ok: true, value: [] });
      expect(d?.config).toMatchObject({
        ok: true,
        value: {
          defaultRootObject: 'index.html',
          originGroups: [{ id: 'group', members: ['s3', 'api'] }],
          cacheBehaviors: [
            { pathPattern: null, targetOriginId: 's3', viewerProtocolPolicy: 'allow-all', trustedSigners: false, trustedKeyGroups: true },
            {
              pathPattern: '/api/*',
              targetOriginId: 'api',
              viewerProtocolPolicy: 'https-only',
              trustedSigners: true,
              trustedKeyGroups: false,
            },
          ],
          loggingEnabled: true,
          webAclId: config.WebACLId,
          viewerCertificate: {
            acmCertificateArn: config.ViewerCertificate?.ACMCertificateArn,
            sslSupportMethod: 'sni-only',
            minimumProtocolVersion: 'TLSv1.2_2021',
          },
        },
      });
      const origins = d?.config.ok ? d.config.value.origins : [];
      expect(origins[1]).toEqual({
        id: 'api',
        domainName: 'api.example.com',
        s3OriginConfig: false,
        originAccessControlId: null,
        custom: { originProtocolPolicy: 'match-viewer', originSslProtocols: ['SSLv3', 'TLSv1.2'] },
      });
      // moto drops S3OriginConfig and OriginAccessControlId of S3 origins (AWS returns both): the
      // checks still recognise the S3 REST host; OAC is unit-tested on built inventories.
      expect(origins[0]).toMatchObject({ id: 's3', domainName: 'site.s3.us-east-1.amazonaws.com', custom: null });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the list, or each distribution config', async () => {
    const listOnly = await restrictedCredentials(moto, 'cf-lister', ['cloudfront:ListDistributions']);
    const nothing = await restrictedCredentials(moto, 'cf-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectCloudfront(listed)).distributions;
      expect(seen.ok && seen.value.length).toBe(1);
      for (const d of seen.ok ? seen.value : [])
        expect(d.config).toMatchObject({
          ok: false,
          error: { action: 'cloudfront:GetDistributionConfig', kind: 'access-denied', target: d.arn },
        });
      expect((await collectCloudfront(denied)).distributions).toMatchObject({
        ok: false,
        error: { action: 'cloudfront:ListDistributions', kind: 'access-denied', region: 'global' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
