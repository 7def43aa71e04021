/**
 * Bounded time for every call, against loopback endpoints that misbehave: one that answers 500
 * to everything, one that never answers, one that trickles a byte at a time. Bounds are
 * asserted generously (these tests run on a loaded machine); without the limits under test each
 * of them would take minutes or hang forever.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ClientFactory } from '../../src/collect/aws/clients.js';
import { Reader } from '../../src/collect/kit/read.js';
import { Scheduler } from '../../src/collect/kit/scheduler.js';
import { TEST_CREDENTIALS } from '../moto.js';

const servers: { server: Server; sockets: Set<Socket> }[] = [];
afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  }
});

async function listen(server: Server): Promise<string> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  servers.push({ server, sockets });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Accepts connections and never answers. */
const blackHole = () => listen(createNetServer(() => undefined));

function setup(endpoint: string, scheduler: Scheduler, maxAttempts?: number) {
  const clients = new ClientFactory({
    credentials: async () => TEST_CREDENTIALS,
    endpoint,
    requestTimeoutMs: 30_000,
    ...(maxAttempts ? { maxAttempts } : {}),
  });
  return { clients, reader: new Reader(scheduler) };
}

const vpcs = (reader: Reader, clients: ClientFactory) =>
  reader.read('ec2:DescribeVpcs', { target: 'vpcs', region: 'us-east-1' }, () =>
    clients.get(EC2Client, 'us-east-1').send(new DescribeVpcsCommand({})),
  );

describe('bounded retries of server errors', () => {
  it('gives up on a call answering 500 after a few attempts within the retry window', async () => {
    let hits = 0;
    const endpoint = await listen(
      createHttpServer((_req, res) => {
        hits++;
        res.writeHead(500, { 'Content-Type': 'text/html' }).end('<html>not implemented</html>');
      }),
    );
    const { clients, reader } = setup(endpoint, new Scheduler({ concurrency: 4 }));
    const started = Date.now();
    try {
      const out = await reader.read('iam:GetAccountSummary', { target: 'summary', region: 'global' }, () =>
        clients.get(IAMClient, 'us-east-1').send(new GetAccountSummaryCommand({})),
      );
      expect(out.ok).toBe(false);
      expect(hits).toBeGreaterThanOrEqual(2);
      expect(hits).toBeLessThanOrEqual(4);
      // 4 attempts, no retry later than 10 s after the first (it was about 35 s before the bound).
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      clients.destroy();
    }
  }, 60_000);
});

describe('abort reaches the SDK', () => {
  it('Ctrl-C ends a request to an endpoint that never answers at once, as an interrupted read', async () => {
    const endpoint = await blackHole();
    const controller = new AbortController();
    const { clients, reader } = setup(endpoint, new Scheduler({ concurrency: 4, signal: controller.signal }));
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    try {
      const [first, second] = await Promise.all([vpcs(reader, clients), vpcs(reader, clients)]);
      // Before, the SDK carried on: 30 s request timeout × 8 attempts.
      expect(Date.now() - started).toBeLessThan(5_000);
      for (const out of [first, second]) {
        expect(out?.ok).toBe(false);
        if (out?.ok !== false) continue;
        expect(out.error).toMatchObject({ action: 'ec2:DescribeVpcs', kind: 'other' });
        expect(out.error.message).toMatch(/interrupted/);
      }
      // A read after the interruption is not sent at all.
      const late = await vpcs(reader, clients);
      expect(!late.ok && late.error.message).toMatch(/interrupted/);
    } finally {
      clients.destroy();
    }
  }, 60_000);
});

describe('total deadline per call and scan budget', () => {
  it('cuts a response that trickles its body a byte at a time at the call deadline', async () => {
    const endpoint = await listen(
      createHttpServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': '100000' });
        const timer = setInterval(() => res.write(' '), 200);
        res.on('close', () => clearInterval(timer));
      }),
    );
    const { clients, reader } = setup(endpoint, new Scheduler({ concurrency: 4, callDeadlineMs: 1_500 }));
    const started = Date.now();
    try {
      const out = await vpcs(reader, clients);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(out.ok).toBe(false);
      expect(!out.ok && out.error.message).toMatch(/^deadline exceeded: no complete answer within 2 s/);
    } finally {
      clients.destroy();
    }
  }, 60_000);

  it('cuts a response that trickles its status line (the socket is never idle) at the call deadline', async () => {
    const endpoint = await listen(
      createNetServer((socket) => {
        const text = 'HTTP/1.1 200 OK\r\n' + 'X-Slow: '.padEnd(10_000, 'a');
        let i = 0;
        const timer = setInterval(() => socket.write(text[i++ % text.length] ?? 'a'), 200);
        socket.on('close', () => clearInterval(timer));
        socket.on('error', () => clearInterval(timer));
      }),
    );
    const { clients, reader } = setup(endpoint, new Scheduler({ concurrency: 4, callDeadlineMs: 1_500 }));
    const started = Date.now();
    try {
      const out = await vpcs(reader, clients);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(!out.ok && out.error.message).toMatch(/deadline exceeded/);
    } finally {
      clients.destroy();
    }
  }, 60_000);

  it('ends outstanding and waiting reads as deadline exceeded when the scan budget runs out', async () => {
    const endpoint = await blackHole();
    const scheduler = new Scheduler({ concurrency: 1, budgetMs: 1_000, rateLimits: { ec2: { ratePerSecond: 1000, burst: 1000 } } });
    const { clients, reader } = setup(endpoint, scheduler);
    const started = Date.now();
    try {
      // One in flight, two waiting for the single slot.
      const outs = await Promise.all([vpcs(reader, clients), vpcs(reader, clients), vpcs(reader, clients)]);
      expect(Date.now() - started).toBeLessThan(10_000);
      for (const out of outs) {
        expect(out.ok).toBe(false);
        expect(!out.ok && out.error.message).toMatch(/deadline exceeded \(the scan's time budget of 1s ran out/);
      }
    } finally {
      clients.destroy();
    }
  }, 60_000);
});

describe('collect interrupted while EC2 never answers', () => {
  it('returns soon after Ctrl-C with the inventory read so far and the unread data as interrupted reads', async () => {
    const { startMoto } = await import('../moto.js');
    const { request } = await import('node:http');
    const { collectAccount } = await import('../../src/pipeline/collect.js');
    const moto = await startMoto({ loadManagedPolicies: false });
    const target = new URL(moto.endpoint);
    let firstHang: (() => void) | undefined;
    const hung = new Promise<void>((r) => (firstHang = r));
    // STS and region discovery answer (from moto); every other EC2 call hangs.
    const endpoint = await listen(
      createHttpServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const ec2 = /\/ec2\/aws4_request/.test(req.headers.authorization ?? '');
          if (ec2 && !body.toString().includes('Action=DescribeRegions')) {
            firstHang?.();
            return;
          }
          const fwd = request(
            { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
            (up) => {
              res.writeHead(up.statusCode ?? 502, up.headers);
              up.pipe(res);
            },
          );
          fwd.on('error', () => res.writeHead(502).end());
          fwd.end(body);
        });
      }),
    );
    const saved = { ...process.env };
    Object.assign(process.env, moto.env, { AWS_ENDPOINT_URL: endpoint });
    const controller = new AbortController();
    try {
      const collecting = collectAccount({
        regions: ['us-east-1'],
        sections: ['ec2'],
        tool: { name: 'bulwark', version: 'test' },
        signal: controller.signal,
      });
      await hung;
      await new Promise((r) => setTimeout(r, 200));
      const abortedAt = Date.now();
      controller.abort();
      const result = await collecting;
      expect(Date.now() - abortedAt).toBeLessThan(10_000);
      const errors = result.reader.errors.filter((e) => e.action.startsWith('ec2:') && e.action !== 'ec2:DescribeRegions');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => /interrupted/.test(e.message))).toBe(true);
      expect(result.inventory.account.id).toBe('123456789012');
    } finally {
      process.env = saved;
      await moto.stop();
    }
  }, 120_000);
});
