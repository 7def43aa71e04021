import {
  BatchGetRepositoryScanningConfigurationCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  paginateDescribeRepositories,
  type Repository,
} from '@aws-sdk/client-ecr';
import type { EcrRepository, EcrRepositoryPolicy, EcrSection } from '../model/ecr.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** BatchGetRepositoryScanningConfiguration takes at most 25 repository names per call. */
const SCANNING_BATCH = 25;

type Scanning = { scanOnPush: boolean; scanFrequency: string } | null;

/** The effective scanning configuration of every repository, 25 names per call. */
async function readScanning(
  ctx: CollectContext,
  client: ECRClient,
  region: string,
  names: string[],
): Promise<Map<string, Observed<Scanning>>> {
  const out = new Map<string, Observed<Scanning>>();
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += SCANNING_BATCH) batches.push(names.slice(i, i + SCANNING_BATCH));
  await Promise.all(
    batches.map(async (batch) => {
      const read = await ctx.reader.read(
        'ecr:BatchGetRepositoryScanningConfiguration',
        { target: `${arnPrefix(ctx, 'ecr', region)}:repository/*`, region },
        () => client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: batch })),
      );
      for (const name of batch) {
        out.set(
          name,
          mapObserved(read, (r) => {
            const c = r.scanningConfigurations?.find((s) => s.repositoryName === name);
            return c ? { scanOnPush: c.scanOnPush ?? false, scanFrequency: c.scanFrequency ?? 'MANUAL' } : null;
          }),
        );
      }
    }),
  );
  return out;
}

function ruleCount(text: string | undefined): number | null {
  const doc = parsePolicyText(text) as { rules?: unknown } | null | string;
  return doc !== null && typeof doc === 'object' && Array.isArray(doc.rules) ? doc.rules.length : null;
}

async function readRepository(
  ctx: CollectContext,
  client: ECRClient,
  region: string,
  repo: Repository,
  scanning: Observed<Scanning> | undefined,
): Promise<EcrRepository> {
  const name = repo.repositoryName ?? '';
  const arn = repo.repositoryArn ?? `${arnPrefix(ctx, 'ecr', region)}:repository/${name}`;
  const scope = { target: arn, region };
  const reads = await allKeyed({
    lifecycle: ctx.reader.read(
      'ecr:GetLifecyclePolicy',
      scope,
      () => client.send(new GetLifecyclePolicyCommand({ repositoryName: name })),
      {
        absentWhen: ['LifecyclePolicyNotFoundException'],
      },
    ),
    policy: ctx.reader.read('ecr:GetRepositoryPolicy', scope, () => client.send(new GetRepositoryPolicyCommand({ repositoryName: name })), {
      absentWhen: ['RepositoryPolicyNotFoundException'],
    }),
  });
  return {
    name,
    arn,
    region,
    scanOnPush: repo.imageScanningConfiguration?.scanOnPush ?? false,
    imageTagMutability: repo.imageTagMutability ?? 'MUTABLE',
    encryptionType: repo.encryptionConfiguration?.encryptionType ?? 'AES256',
    kmsKey: repo.encryptionConfiguration?.kmsKey ?? null,
    scanning:
      scanning ?? ctx.reader.fail('ecr:BatchGetRepositoryScanningConfiguration', scope, 'the repository was not in any scanning batch'),
    lifecyclePolicy: mapObserved(reads.lifecycle, (l) => (l === null ? null : { ruleCount: ruleCount(l.lifecyclePolicyText) })),
    policy: mapObserved(reads.policy, (p) => (p === null ? null : (parsePolicyText(p.policyText) as EcrRepositoryPolicy))),
  };
}

async function readRepositories(ctx: CollectContext, client: ECRClient, region: string): Promise<Observed<EcrRepository[]>> {
  const list = await readList(
    ctx.reader,
    'ecr:DescribeRepositories',
    { target: `${arnPrefix(ctx, 'ecr', region)}:repository/*`, region },
    () => paginateDescribeRepositories({ client }, {}),
    (p) => p.repositories,
    (r) => r,
  );
  // Per-repository reads run under the scheduler, paced by the ecr bucket of AWS_SERVICES.
  return andThen(list, async (repos) => {
    const scanning = await readScanning(
      ctx,
      client,
      region,
      repos.map((r) => r.repositoryName ?? ''),
    );
    return ok(await Promise.all(repos.map((r) => readRepository(ctx, client, region, r, scanning.get(r.repositoryName ?? '')))));
  });
}

export async function collectEcr(ctx: CollectContext): Promise<EcrSection> {
  const regions = await forEachRegion(ctx, 'ecr', async (region) => {
    const client = ctx.clients.get(ECRClient, region);
    const reads = await allKeyed({
      repositories: readRepositories(ctx, client, region),
      registry: ctx.reader.read(
        'ecr:GetRegistryScanningConfiguration',
        { target: `${arnPrefix(ctx, 'ecr', region)}:registry`, region },
        () => client.send(new GetRegistryScanningConfigurationCommand({})),
      ),
    });
    return {
      repositories: reads.repositories,
      registryScanning: mapObserved(reads.registry, (r) => ({
        scanType: r.scanningConfiguration?.scanType ?? 'BASIC',
        ruleCount: r.scanningConfiguration?.rules?.length ?? 0,
      })),
    };
  });
  return { regions };
}

export const ecrCollector: Collector<'ecr'> = {
  section: 'ecr',
  collect: collectEcr,
};
