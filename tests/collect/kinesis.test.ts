import { describe, expect, it } from 'vitest';
import { collectKinesis } from '../../src/collect/kinesis.js';
import { mockedContext } from '../collect-context.js';

// Scaffold test: it pins the safe default (nothing read means every region is a failed read).
// Replace it with tests against moto (tests/collect/guardduty.test.ts is a template): what each
// region holds, an empty region, and AccessDenied on every read.
describe('collectKinesis', () => {
  it('records every region as not read until the collector is written', async () => {
    const ctx = mockedContext(['eu-west-1', 'us-east-1']);
    try {
      const { resources } = await collectKinesis(ctx);
      for (const region of ['eu-west-1', 'us-east-1']) {
        expect(resources[region]).toMatchObject({ ok: false, error: { action: 'kinesis:ListStreams', region, kind: 'not-supported' } });
      }
    } finally {
      ctx.close();
    }
  });
});
