import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { collectAccessAnalyzer } from '../../src/collect/accessanalyzer.js';
import { AccessAnalyzerSection } from '../../src/model/accessanalyzer.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext } from '../collect-context.js';

// moto has no Access Analyzer backend (docs/testing.md): against moto the collector must
// record a ReadError per region, not crash and not report "no analyzers". The mapping of real
// ListAnalyzers answers is covered with aws-sdk-client-mock below, and the check itself by unit
// tests on built inventories (tests/checks/accessanalyzer/).
let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectAccessAnalyzer', () => {
  it('against moto (no backend) records ok:false per region, naming access-analyzer:ListAnalyzers', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectAccessAnalyzer(ctx);
      expect(Object.keys(section.analyzers).sort()).toEqual(['eu-west-1', 'us-east-1']);
      for (const region of ['eu-west-1', 'us-east-1']) {
        const listed = section.analyzers[region];
        expect(listed?.ok).toBe(false);
        if (listed && !listed.ok) {
          expect(listed.error).toMatchObject({
            action: 'access-analyzer:ListAnalyzers',
            region,
            target: `arn:aws:access-analyzer:${region}:${MOTO_ACCOUNT_ID}:analyzer/*`,
          });
          expect(listed.error.kind).not.toBe('access-denied');
        }
      }
      expect(AccessAnalyzerSection.safeParse(section).success).toBe(true);
      expect(ctx.reader.actions).toEqual(new Set(['access-analyzer:ListAnalyzers']));
      expect(
        ctx.events
          .filter((e) => e.type === 'done')
          .map((e) => e.region)
          .sort(),
      ).toEqual(['eu-west-1', 'us-east-1']);
    } finally {
      ctx.close();
    }
  });

  it('maps ListAnalyzers answers of every type (aws-sdk-client-mock, since moto cannot)', async () => {
    const mock = mockClient(AccessAnalyzerClient);
    try {
      const arn = (region: string, name: string) => `arn:aws:access-analyzer:${region}:${MOTO_ACCOUNT_ID}:analyzer/${name}`;
      mock.on(ListAnalyzersCommand).callsFake(async (_input, getClient) => {
        const region = await (getClient() as AccessAnalyzerClient).config.region();
        return region === 'us-east-1'
          ? {
              analyzers: [
                {
                  arn: arn(region, 'external'),
                  name: 'external',
                  type: 'ACCOUNT',
                  status: 'ACTIVE',
                  createdAt: new Date(),
                  tags: { owner: 'sec' },
                },
                { arn: arn(region, 'unused'), name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE', createdAt: new Date() },
              ],
            }
          : { analyzers: [] };
      });
      const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
      try {
        const section = await collectAccessAnalyzer(ctx);
        expect(section.analyzers).toEqual({
          'eu-west-1': { ok: true, value: [] },
          'us-east-1': {
            ok: true,
            value: [
              {
                arn: arn('us-east-1', 'external'),
                region: 'us-east-1',
                name: 'external',
                type: 'ACCOUNT',
                status: 'ACTIVE',
                tags: { owner: 'sec' },
              },
              {
                arn: arn('us-east-1', 'unused'),
                region: 'us-east-1',
                name: 'unused',
                type: 'ACCOUNT_UNUSED_ACCESS',
                status: 'ACTIVE',
                tags: {},
              },
            ],
          },
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });

  it('records an access-denied answer as a ReadError (aws-sdk-client-mock)', async () => {
    const mock = mockClient(AccessAnalyzerClient);
    try {
      mock.on(ListAnalyzersCommand).rejects(
        Object.assign(new Error('User is not authorized to perform: access-analyzer:ListAnalyzers'), {
          name: 'AccessDeniedException',
          $metadata: { httpStatusCode: 403 },
        }),
      );
      const ctx = motoContext(moto, ['us-east-1']);
      try {
        const section = await collectAccessAnalyzer(ctx);
        expect(section.analyzers['us-east-1']).toMatchObject({
          ok: false,
          error: { action: 'access-analyzer:ListAnalyzers', kind: 'access-denied', region: 'us-east-1' },
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });
});
