import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } from '@aws-sdk/client-support';
import { collectTrustedadvisor } from '../../src/collect/trustedadvisor.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

describe('trustedadvisor collector against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => {
    await moto?.stop();
  });

  // moto lists the checks but answers DescribeTrustedAdvisorCheckSummaries with HTTP 500: that is
  // what an unreadable summary looks like, a failed read and not an empty list.
  it('records a failed summaries read as a failed read, not as "no checks"', async () => {
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      const { securityChecks } = await collectTrustedadvisor(ctx);
      expect(securityChecks).toMatchObject({
        ok: false,
        error: { action: 'support:DescribeTrustedAdvisorCheckSummaries', kind: 'not-supported', region: 'global' },
      });
    } finally {
      ctx.close();
    }
  });

  it('records a denied DescribeTrustedAdvisorChecks as an access-denied ReadError', async () => {
    const nothing = await restrictedCredentials(moto, 'ta-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['eu-west-1'], nothing);
    try {
      expect((await collectTrustedadvisor(ctx)).securityChecks).toMatchObject({
        ok: false,
        error: { action: 'support:DescribeTrustedAdvisorChecks', kind: 'access-denied', region: 'global' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});

/**
 * moto has no Trusted Advisor results (summaries answer HTTP 500) and no support plans, so the
 * results and AWS's SubscriptionRequiredException are mocked with the shapes AWS documents
 * (https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html).
 */
describe('trustedadvisor collector on recorded answers', () => {
  const checks = {
    checks: [
      { id: '7DAFEmoDos', name: 'MFA on Root Account', category: 'security', description: '', metadata: [] },
      { id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted', category: 'security', description: '', metadata: [] },
      { id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances', category: 'cost_optimizing', description: '', metadata: [] },
    ],
  };
  const summary = (checkId: string, status: string, flagged: number) => ({
    checkId,
    timestamp: '2026-06-14T08:00:00Z',
    status,
    hasFlaggedResources: flagged > 0,
    resourcesSummary: { resourcesProcessed: 10, resourcesFlagged: flagged, resourcesIgnored: 0, resourcesSuppressed: 1 },
    categorySpecificSummary: {},
  });

  it('joins the security checks with their summaries in one bulk call, leaving the other categories out', async () => {
    const support = mockClient(SupportClient);
    const ctx = mockedContext(['eu-west-1']);
    try {
      support.on(DescribeTrustedAdvisorChecksCommand).resolves(checks);
      support
        .on(DescribeTrustedAdvisorCheckSummariesCommand)
        .resolves({ summaries: [summary('7DAFEmoDos', 'ok', 0), summary('HCP4007jGY', 'error', 3)] });
      const { securityChecks } = await collectTrustedadvisor(ctx);
      expect(securityChecks).toEqual({
        ok: true,
        value: [
          {
            arn: `arn:aws:trustedadvisor::${MOTO_ACCOUNT_ID}:checks/security/7DAFEmoDos`,
            id: '7DAFEmoDos',
            name: 'MFA on Root Account',
            status: 'ok',
            resourcesFlagged: 0,
            resourcesProcessed: 10,
            refreshedAt: '2026-06-14T08:00:00Z',
          },
          expect.objectContaining({ id: 'HCP4007jGY', status: 'error', resourcesFlagged: 3 }) as unknown,
        ],
      });
      expect(support.commandCalls(DescribeTrustedAdvisorCheckSummariesCommand).map((c) => c.args[0].input)).toEqual([
        { checkIds: ['7DAFEmoDos', 'HCP4007jGY'] },
      ]);
    } finally {
      ctx.close();
      support.restore();
    }
  });

  it('keeps SubscriptionRequiredException (no Business or Enterprise Support) as a failed read', async () => {
    const support = mockClient(SupportClient);
    const ctx = mockedContext(['eu-west-1']);
    try {
      support.on(DescribeTrustedAdvisorChecksCommand).rejects(
        Object.assign(new Error('AWS Premium Support Subscription is required to use this service.'), {
          name: 'SubscriptionRequiredException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      expect((await collectTrustedadvisor(ctx)).securityChecks).toMatchObject({
        ok: false,
        error: {
          action: 'support:DescribeTrustedAdvisorChecks',
          kind: 'not-supported',
          message: expect.stringMatching(/^SubscriptionRequiredException/) as unknown,
        },
      });
    } finally {
      ctx.close();
      support.restore();
    }
  });
});
