/**
 * Throttling, end to end over HTTP: a loopback proxy in front of moto answers IAM
 * GetAccountSummary with AWS's Throttling error (moto itself never throttles). The SDK retries
 * with backoff; a call still throttled after every attempt becomes a `throttled` ReadError, and
 * the checks that needed it say UNKNOWN, never PASS.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { ClientFactory } from '../../src/collect/aws/clients.js';
import { Reader } from '../../src/collect/kit/read.js';
import { Scheduler } from '../../src/collect/kit/scheduler.js';
import { iamRootMfaEnabled } from '../../src/checks/iam/iam-root-mfa-enabled.js';
import { startMoto, TEST_CREDENTIALS, type Moto } from '../moto.js';
import { buildInventory, run } from '../builders/index.js';
import { iamSection } from '../builders/iam.js';

const THROTTLED = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>`;

describe('throttling past retries', () => {
  let moto: Moto;
  let proxy: Server;
  let endpoint: string;
  let throttleNext = 0;
  let throttledHits = 0;

  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    const target = new URL(moto.endpoint);
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (body.toString().includes('Action=GetAccountSummary') && throttleNext > 0) {
          throttleNext--;
          throttledHits++;
          res.writeHead(400, { 'Content-Type': 'text/xml' }).end(THROTTLED);
          return;
        }
        const fwd = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        fwd.on('error', () => res.writeHead(502).end());
        fwd.end(body);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => proxy?.close(r));
    await moto?.stop();
  });

  // No jitter: back-offs are exact (0), so how many attempts fit in a budget depends only on the
  // bucket's pacing, not on random draws (a long draw once left only 3 attempts in 2.5 s).
  const readSummary = async (maxAttempts: number, budgetMs?: number) => {
    const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint, maxAttempts });
    const reader = new Reader(new Scheduler({ concurrency: 4, retry: { random: () => 0 }, ...(budgetMs ? { budgetMs } : {}) }));
    try {
      const iam = clients.get(IAMClient, 'us-east-1');
      const out = await reader.read('iam:GetAccountSummary', { target: 'arn:aws:iam::123456789012:root', region: 'global' }, () =>
        iam.send(new GetAccountSummaryCommand({})),
      );
      return { out, stats: reader.stats.get('iam:GetAccountSummary') };
    } finally {
      clients.destroy();
    }
  };

  it('retries through transient throttling and records the retries', async () => {
    throttleNext = 2;
    throttledHits = 0;
    const { out, stats } = await readSummary(4);
    expect(out.ok).toBe(true);
    expect(throttledHits).toBe(2);
    expect(stats).toMatchObject({ calls: 1, errors: 0, retries: 2 });
  });

  it('retries throttles beyond maxAttempts (which bounds 5xx only) while the scan has time', async () => {
    throttleNext = 5;
    throttledHits = 0;
    const { out, stats } = await readSummary(2);
    expect(out.ok).toBe(true);
    expect(throttledHits).toBe(5);
    expect(stats).toMatchObject({ calls: 1, errors: 0, retries: 5 });
  }, 60_000);

  it('gives a throttled ReadError only when the scan budget runs out, and the check says UNKNOWN', async () => {
    throttleNext = 1_000_000;
    throttledHits = 0;
    const started = Date.now();
    const { out } = await readSummary(3, 2_500);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(throttledHits).toBeGreaterThan(3);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toMatchObject({ action: 'iam:GetAccountSummary', kind: 'throttled', region: 'global' });
    expect(out.error.message).toMatch(/still throttled when the scan stopped \(deadline exceeded/);
    const inv = buildInventory({ iam: iamSection({ accountSummary: out }) });
    const [r] = run(iamRootMfaEnabled, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/iam:GetAccountSummary was throttled until the scan stopped \(Throttling: Rate exceeded/);
  });
});
