import { BatchGetAccountStatusCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import type { InspectorSection } from '../model/inspector.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { andThen, ok } from './kit/observed.js';

/**
 * Amazon Inspector per region: one BatchGetAccountStatus for the scanned account. The account id
 * is passed explicitly: AWS defaults to the caller's account, but emulators (moto) fail without it,
 * and naming it makes the answer unambiguous for a delegated administrator, whose answer may list
 * members too. An answer without the account (it is in `failedAccounts`, or nowhere) is recorded as
 * a failed read naming the error code, never as "not enabled".
 * https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetAccountStatus.html
 */
export async function collectInspector(ctx: CollectContext): Promise<InspectorSection> {
  const accountStatus = await forEachRegion(ctx, 'inspector', async (region) => {
    const client = ctx.clients.get(Inspector2Client, region);
    const scope = { target: `arn:${ctx.partition}:inspector2:${region}:${ctx.accountId}:account`, region };
    const read = await ctx.reader.read('inspector2:BatchGetAccountStatus', scope, () =>
      client.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.accountId] })),
    );
    return andThen(read, (answer) => {
      const mine = answer.accounts?.find((a) => a.accountId === ctx.accountId);
      if (!mine) {
        const failed = answer.failedAccounts?.find((a) => a.accountId === ctx.accountId);
        const why = failed
          ? `${failed.errorCode ?? 'error'}: ${failed.errorMessage ?? ''}`.trim()
          : 'the answer did not include the account';
        return ctx.reader.fail('inspector2:BatchGetAccountStatus', scope, `no status for account ${ctx.accountId}: ${why}`);
      }
      const state = mine.resourceState;
      return ok({
        ec2: state?.ec2?.status ?? null,
        ecr: state?.ecr?.status ?? null,
        lambda: state?.lambda?.status ?? null,
        lambdaCode: state?.lambdaCode?.status ?? null,
      });
    });
  });
  return { accountStatus };
}

export const inspectorCollector: Collector<'inspector'> = {
  section: 'inspector',
  collect: collectInspector,
};
