/**
 * The latency/throttling simulator: an HTTP proxy on 127.0.0.1 in front of a moto_server. Each
 * call is identified (account from the access key, region and service from the SigV4 scope, API
 * from the protocol), charged to a token bucket of the limits table, delayed by a sampled latency,
 * and then either answered with its protocol's throttling error or forwarded to moto with the
 * answer streamed back. Every call is logged (JSONL file and/or memory); counters are served at
 * GET /__sim/counters (no bucket can be named "__sim", so no S3 path collides with it).
 *
 * Run alone:  tsx bench/sim/proxy.ts --target http://127.0.0.1:5000 [--port 0] [--limits FILE]
 *               [--latency-median 60] [--latency-p99 300] [--seed 1] [--log calls.jsonl]
 *               [--account AKID=111122223333 ...] [--default-account 123456789012]
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import { createWriteStream, type WriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeRequest, throttleResponse, type AwsCall } from './aws-request.js';
import { DEFAULT_LIMITS, loadLimits, resolveBucket, type LimitsTable } from './limits.js';
import { BucketSet } from './token-bucket.js';
import { logNormalSampler, seededRandom, type LatencyModel } from './latency.js';

export const DEFAULT_ACCOUNT = '123456789012';

export interface CallRecord {
  /** ms since the proxy started (performance clock) */
  start: number;
  end: number;
  account: string;
  region: string;
  service: string;
  api: string;
  protocol: AwsCall['protocol'];
  paged: boolean;
  status: number;
  throttled: boolean;
  addedLatencyMs: number;
}

export interface Counters {
  calls: number;
  throttled: number;
  inFlight: number;
  byService: Record<string, { calls: number; throttled: number }>;
  byApi: Record<string, { calls: number; throttled: number }>;
  byStatus: Record<string, number>;
}

export interface ProxyOptions {
  /** moto's base URL, e.g. http://127.0.0.1:5000 */
  target: string;
  port?: number;
  limits?: LimitsTable;
  /** null or median 0: no added latency */
  latency?: LatencyModel | null;
  seed?: number;
  /** access key id → account id; keys not listed belong to defaultAccount */
  accounts?: Record<string, string>;
  defaultAccount?: string;
  /** JSONL call log file */
  logFile?: string;
  /** keep the call records in memory (takeCalls) */
  keepCalls?: boolean;
  /** ms clock for the buckets and the log (tests may pass a fake one) */
  now?: () => number;
}

export interface SimProxy {
  url: string;
  port: number;
  counters(): Counters;
  /** The records kept since the last call (with keepCalls). */
  takeCalls(): CallRecord[];
  /** Counters to zero and buckets full again (between benchmark rounds). */
  reset(): void;
  stop(): Promise<void>;
}

const emptyCounters = (): Counters => ({ calls: 0, throttled: 0, inFlight: 0, byService: {}, byApi: {}, byStatus: {} });

function bump(map: Record<string, { calls: number; throttled: number }>, key: string, throttled: boolean): void {
  const c = (map[key] ??= { calls: 0, throttled: 0 });
  c.calls++;
  if (throttled) c.throttled++;
}

/** Bodies of non-S3 requests are small (query forms, JSON); S3 bodies stream through untouched. */
const MAX_BUFFERED_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BUFFERED_BODY) {
        req.destroy();
        reject(new Error('request body too large for the simulator'));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startProxy(options: ProxyOptions): Promise<SimProxy> {
  const target = new URL(options.target);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = options.now ?? (() => performance.now());
  const sample = logNormalSampler(options.latency ?? { medianMs: 0, p99Ms: 0 }, seededRandom(options.seed ?? 1));
  const accounts = options.accounts ?? {};
  const defaultAccount = options.defaultAccount ?? DEFAULT_ACCOUNT;
  const buckets = new BucketSet();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const log: WriteStream | undefined = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  let counters = emptyCounters();
  let kept: CallRecord[] = [];

  const record = (r: CallRecord) => {
    counters.calls++;
    if (r.throttled) counters.throttled++;
    bump(counters.byService, r.service, r.throttled);
    bump(counters.byApi, `${r.service}:${r.api}`, r.throttled);
    counters.byStatus[r.status] = (counters.byStatus[r.status] ?? 0) + 1;
    if (options.keepCalls) kept.push(r);
    log?.write(`${JSON.stringify(r)}\n`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const start = now();
    if (req.method === 'GET' && req.url === '/__sim/counters') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counters));
      return;
    }
    counters.inFlight++;
    let finished = false;
    const base = {
      start,
      account: defaultAccount,
      region: '',
      service: 'unknown',
      api: '',
      protocol: 'rest-json' as AwsCall['protocol'],
      paged: false,
    };
    let info = base;
    let added = 0;
    const finish = (status: number, throttled: boolean) => {
      if (finished) return;
      finished = true;
      counters.inFlight--;
      record({ ...info, end: now(), status, throttled, addedLatencyMs: Math.round(added * 10) / 10 });
    };
    // A client that gives up (timeout, abort) before its answer is logged as 499, like nginx does.
    res.once('close', () => finish(res.headersSent ? res.statusCode : 499, false));
    try {
      const headers = req.headers;
      // Only S3 bodies may be large (objects); everything else is read to find the API.
      const scopeService = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(String(headers.authorization ?? ''))?.[1];
      const streamBody = scopeService === 's3';
      const body = streamBody ? undefined : await readBody(req);
      const call = describeRequest({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body: body?.toString('utf8') });
      const account = (call.accessKeyId && accounts[call.accessKeyId]) || defaultAccount;
      info = { start, account, region: call.region, service: call.service, api: call.api, protocol: call.protocol, paged: call.paged };
      const bucket = resolveBucket(limits, { account, region: call.region, service: call.service, api: call.api });
      // The token is taken on arrival, as AWS decides on arrival; the latency is the round trip.
      const allowed = buckets.tryTake(bucket.key, bucket.limit, now());
      added = sample();
      if (added > 0) await sleep(added);
      if (!allowed) {
        const t = throttleResponse(call, req.method ?? 'GET', randomUUID());
        res.writeHead(t.status, { ...t.headers, 'content-length': String(Buffer.byteLength(t.body)) });
        res.end(t.body);
        finish(t.status, true);
        return;
      }
      const upstream = httpRequest({
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers,
        agent,
      });
      upstream.on('response', (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        const status = up.statusCode ?? 502;
        res.on('finish', () => finish(status, false));
        res.on('close', () => finish(status, false));
      });
      upstream.on('error', (err) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`simulator: upstream error ${err.message}`);
        else res.destroy();
        finish(502, false);
      });
      if (body) upstream.end(body);
      else req.pipe(upstream);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end(`simulator: ${(err as Error).message}`);
      finish(500, false);
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    counters: () => counters,
    takeCalls: () => {
      const out = kept;
      kept = [];
      return out;
    },
    reset: () => {
      counters = { ...emptyCounters(), inFlight: counters.inFlight };
      buckets.clear();
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      agent.destroy();
      if (log) await new Promise<void>((r) => log.end(() => r()));
    },
  };
}

/** Command line: parse options, start, print the URL, stop on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      target: { type: 'string' },
      port: { type: 'string', default: '0' },
      limits: { type: 'string' },
      'latency-median': { type: 'string', default: '60' },
      'latency-p99': { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      log: { type: 'string' },
      account: { type: 'string', multiple: true },
      'default-account': { type: 'string', default: DEFAULT_ACCOUNT },
    },
  });
  if (!values.target) throw new Error('--target http://127.0.0.1:PORT (the moto_server) is required');
  const accounts = Object.fromEntries(
    (values.account ?? []).map((pair) => {
      const [key, acct] = pair.split('=');
      if (!key || !acct || !/^\d{12}$/.test(acct)) throw new Error(`--account wants ACCESS_KEY_ID=123456789012, got ${pair}`);
      return [key, acct];
    }),
  );
  const proxy = await startProxy({
    target: values.target,
    port: Number(values.port),
    limits: loadLimits(values.limits),
    latency: { medianMs: Number(values['latency-median']), p99Ms: Number(values['latency-p99']) },
    seed: Number(values.seed),
    accounts,
    defaultAccount: values['default-account'],
    ...(values.log ? { logFile: values.log } : {}),
  });
  console.log(`simulator listening on ${proxy.url} -> ${values.target}`);
  const stop = () => void proxy.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(`proxy: ${(err as Error).message}`);
    process.exit(2);
  });
}
