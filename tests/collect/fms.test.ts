import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { FMSClient, FMSServiceException, InvalidOperationException, ListPoliciesCommand } from '@aws-sdk/client-fms';
import { collectFms } from '../../src/collect/fms.js';
import { FmsSection } from '../../src/model/fms.js';
import { MOTO_ACCOUNT_ID } from '../moto.js';
import { mockedContext } from '../collect-context.js';

// moto answers Firewall Manager's ListPolicies with HTTP 500 (docs/testing.md), so these tests run on
// answers shaped as AWS documents them (aws-sdk-client-mock): the administrator's policies over two
// pages, the InvalidOperationException a non-administrator gets, and an IAM denial.
const policyArn = (id: string) => `arn:aws:fms:us-east-1:${MOTO_ACCOUNT_ID}:policy/${id}`;

describe('collectFms', () => {
  it('lists every page of policies in the administrator account, and an empty region as empty', async () => {
    const mock = mockClient(FMSClient);
    const ctx = mockedContext(['us-east-1']);
    const empty = mockedContext(['eu-west-1']);
    try {
      mock
        .on(ListPoliciesCommand)
        .resolves({
          PolicyList: [
            {
              PolicyArn: policyArn('p1'),
              PolicyId: 'p1',
              PolicyName: 'baseline-sg',
              SecurityServiceType: 'SECURITY_GROUPS_COMMON',
              ResourceType: 'AWS::EC2::Instance',
              RemediationEnabled: true,
            },
          ],
          NextToken: 'page-2',
        })
        .on(ListPoliciesCommand, { NextToken: 'page-2' })
        .resolves({ PolicyList: [{ PolicyId: 'p2', PolicyName: 'edge-waf', SecurityServiceType: 'WAFV2' }] });
      const section = await collectFms(ctx);
      expect(FmsSection.parse(section)).toEqual(section);
      expect(section.regions['us-east-1']).toEqual({
        policies: {
          ok: true,
          value: {
            status: 'listed',
            policies: [
              {
                arn: policyArn('p1'),
                region: 'us-east-1',
                name: 'baseline-sg',
                securityServiceType: 'SECURITY_GROUPS_COMMON',
                resourceType: 'AWS::EC2::Instance',
                remediationEnabled: true,
              },
              {
                arn: policyArn('p2'),
                region: 'us-east-1',
                name: 'edge-waf',
                securityServiceType: 'WAFV2',
                resourceType: null,
                remediationEnabled: null,
              },
            ],
          },
        },
      });
      mock.reset();
      mock.on(ListPoliciesCommand).resolves({ PolicyList: [] });
      expect((await collectFms(empty)).regions['eu-west-1']).toEqual({ policies: { ok: true, value: { status: 'listed', policies: [] } } });
    } finally {
      mock.restore();
      ctx.close();
      empty.close();
    }
  });

  it('keeps AWS’s answer when Firewall Manager declines (not the administrator), and records an IAM denial as a failed read', async () => {
    const mock = mockClient(FMSClient);
    const declined = mockedContext(['us-east-1']);
    const denied = mockedContext(['us-east-1']);
    try {
      mock.on(ListPoliciesCommand).rejects(
        new InvalidOperationException({
          message: 'This account is not the Firewall Manager administrator.',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      expect((await collectFms(declined)).regions['us-east-1']).toEqual({
        policies: {
          ok: true,
          value: {
            status: 'declined',
            code: 'InvalidOperationException',
            message: 'This account is not the Firewall Manager administrator.',
          },
        },
      });
      mock.reset();
      mock.on(ListPoliciesCommand).rejects(
        new FMSServiceException({
          name: 'AccessDeniedException',
          $fault: 'client',
          message: 'User is not authorized to perform: fms:ListPolicies',
          $metadata: { httpStatusCode: 403 },
        }),
      );
      expect((await collectFms(denied)).regions['us-east-1']).toMatchObject({
        policies: { ok: false, error: { action: 'fms:ListPolicies', kind: 'access-denied', region: 'us-east-1' } },
      });
    } finally {
      mock.restore();
      declined.close();
      denied.close();
    }
  });
});
