import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ScanHttpHandler } from './scan-http-handler.js';
import { ScanRetryStrategy } from './retry-strategy.js';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

/** The part of every SDK v3 client the factory relies on. */
interface SdkClient {
  destroy(): void;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientCtor<C extends SdkClient> = new (config: any) => C;

export interface ClientFactoryOptions {
  credentials: AwsCredentialIdentityProvider;
  /**
   * An explicit endpoint for every client (tests pass moto's). Without it the SDK honours
   * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself.
   */
  endpoint?: string;
  /**
   * Attempts per call, including the first, for server (5xx) and network errors; throttles are
   * retried for as long as the scan runs (see ScanRetryStrategy).
   */
  maxAttempts?: number;
  /** Sockets per client; sized to the scheduler's concurrency. */
  maxSockets?: number;
  /** Per-request timeout in ms; a hung request becomes a retryable error instead of a stall. */
  requestTimeoutMs?: number;
}

/**
 * One client per (service class, region), created on first use, sharing one HTTP handler.
 * Each client gets its own retry strategy, because the SDK's retry quota belongs to the strategy
 * instance: one throttled service must not drain another's retry budget.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  private readonly handler: ScanHttpHandler;
  readonly maxAttempts: number;
  /** The custom endpoint in force, if any (explicit or AWS_ENDPOINT_URL): S3 then needs path style. */
  readonly customEndpoint: string | undefined;

  constructor(private readonly options: ClientFactoryOptions) {
    const fromEnv = Number(process.env['AWS_MAX_ATTEMPTS']);
    this.maxAttempts = options.maxAttempts ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 4);
    this.customEndpoint = options.endpoint ?? process.env['AWS_ENDPOINT_URL'] ?? undefined;
    const maxSockets = options.maxSockets ?? 64;
    this.handler = new ScanHttpHandler(
      new NodeHttpHandler({
        connectionTimeout: 5_000,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        // Without this the SDK only warns on a timeout and keeps waiting forever (measured).
        throwOnRequestTimeout: true,
        httpAgent: { keepAlive: true, maxSockets },
        httpsAgent: { keepAlive: true, maxSockets },
      }),
    );
  }

  get<C extends SdkClient>(Ctor: ClientCtor<C>, region: string, extra: Record<string, unknown> = {}): C {
    // Functions (endpointProvider) are keyed by name only: the factory's own configs never vary them.
    const key = `${Ctor.name}|${region}|${JSON.stringify(Object.entries(extra).map(([k, v]) => [k, typeof v === 'function' ? 'fn' : v]))}`;
    let client = this.clients.get(key);
    if (!client) {
      const maxAttempts = this.maxAttempts;
      client = new Ctor({
        region,
        credentials: this.options.credentials,
        requestHandler: this.handler,
        // The scan owns retries: throttles until its budget runs out, 5xx a few times (no SDK retry quota).
        retryStrategy: new ScanRetryStrategy(maxAttempts),
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...extra,
      });
      this.clients.set(key, client);
    }
    return client as C;
  }

  /** Extra S3 client config: path style under a custom endpoint (an IP or localhost has no bucket subdomains). */
  s3Config(): Record<string, unknown> {
    return this.customEndpoint ? { forcePathStyle: true } : {};
  }

  /**
   * Extra S3 Control config: its endpoint rules prefix the account id to the host, which breaks
   * any custom endpoint (`123456789012.127.0.0.1`), so route to the endpoint as given.
   */
  s3ControlConfig(): Record<string, unknown> {
    const endpoint = this.customEndpoint;
    return endpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {};
  }

  destroy(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
    this.handler.destroy();
  }
}
