import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions } from '@smithy/types';
import { currentCall } from '../kit/call-context.js';

type Request = Parameters<NodeHttpHandler['handle']>[0];
type Response = Awaited<ReturnType<NodeHttpHandler['handle']>>;

/** A request cut off by its total deadline (the answer, body included, took too long). */
export class CallDeadlineExceeded extends Error {
  override name = 'CallDeadlineExceeded';
  constructor(action: string, ms: number) {
    super(`deadline exceeded: ${action} got no complete answer within ${Math.round(ms / 1000)} s`);
  }
}

/**
 * The HTTP handler of every client: sends each request (every page, every retry) at the moment
 * its token bucket and the global bound allow (see Scheduler), under a total deadline and the
 * scan's abort signal, and keeps a record of what is in flight for the progress display.
 * Requests made outside a read (tests seeding moto) go straight through.
 */
export class ScanHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(private readonly inner: NodeHttpHandler) {}

  async handle(request: Request, options: HttpHandlerOptions = {}): Promise<Response> {
    const ctx = currentCall();
    if (!ctx) return this.inner.handle(request, options);
    const { scheduler } = ctx;
    const release = await scheduler.acquire(ctx.action, ctx.region, ctx.account);
    const entry = {
      action: ctx.action,
      endpoint: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}`,
      since: Date.now(),
    };
    scheduler.inFlight.add(entry);
    // The SDK's requestTimeout fires only on an idle socket: an endpoint trickling a byte every
    // few seconds would hold the request forever. This deadline covers the whole exchange.
    const deadline = AbortSignal.timeout(scheduler.callDeadlineMs);
    const onDeadline = () => {
      ctx.deadlineExceeded = true;
    };
    deadline.addEventListener('abort', onDeadline, { once: true });
    const signals = [deadline, scheduler.signal, options.abortSignal as AbortSignal | undefined].filter(
      (s): s is AbortSignal => s !== undefined,
    );
    try {
      const out = await this.inner.handle(request, { ...options, abortSignal: AbortSignal.any(signals) });
      // The deadline keeps running while the SDK reads the body; once the body is read it no longer concerns this read.
      const body = out.response.body as { once?: (event: string, fn: () => void) => void } | undefined;
      if (typeof body?.once === 'function') body.once('close', () => deadline.removeEventListener('abort', onDeadline));
      else deadline.removeEventListener('abort', onDeadline);
      return out;
    } catch (err) {
      deadline.removeEventListener('abort', onDeadline);
      const stop = scheduler.stopError();
      if (stop) throw stop;
      if (deadline.aborted) throw new CallDeadlineExceeded(ctx.action, scheduler.callDeadlineMs);
      throw err;
    } finally {
      release();
      scheduler.inFlight.delete(entry);
    }
  }

  updateHttpClientConfig(key: Parameters<NodeHttpHandler['updateHttpClientConfig']>[0], value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}
