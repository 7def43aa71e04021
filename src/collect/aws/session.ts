import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { loadSharedConfigFiles, getProfileName } from '@smithy/core/config';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ClientFactory } from './clients.js';
import { ScanHttpHandler } from './scan-http-handler.js';
import { ScanRetryStrategy } from './retry-strategy.js';
import type { Reader } from '../kit/read.js';

import { ScanSetupError } from '../../errors.js';

export { ScanSetupError, UsageError } from '../../errors.js';

export interface SessionOptions {
  /** The scan's reader: the identity call is recorded (and paced) like every other AWS call. */
  reader: Reader;
  profile?: string;
  /** Explicit endpoint (tests); otherwise AWS_ENDPOINT_URL is honoured by the SDK itself. */
  endpoint?: string;
  maxAttempts?: number;
  maxSockets?: number;
  /** Per-request timeout in ms (default 30 s); tests shorten it. */
  requestTimeoutMs?: number;
}

export interface Session {
  accountId: string;
  partition: string;
  callerArn: string;
  /** Region for global services and discovery calls. */
  homeRegion: string;
  clients: ClientFactory;
}

/**
 * Region for global calls: AWS_REGION, then AWS_DEFAULT_REGION (which SDK v3 ignores but the AWS
 * CLI honours, so users expect it), then the profile's region, then us-east-1.
 */
export async function resolveHomeRegion(profile?: string): Promise<string> {
  const env = process.env['AWS_REGION'] || process.env['AWS_DEFAULT_REGION'];
  if (env) return env;
  try {
    const files = await loadSharedConfigFiles();
    const name = getProfileName({ profile });
    const region = files.configFile[name]?.['region'] ?? files.credentialsFile[name]?.['region'];
    if (region) return region;
  } catch {
    /* no config files: fall through */
  }
  return 'us-east-1';
}

function describeSetupFailure(err: unknown, endpoint: string | undefined, explicitProfile: string | undefined): string {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  const where = endpoint ? ` at ${endpoint}` : '';
  const message = e.message ?? '';
  const detail = message.split('\n')[0]?.replace(/\.$/, '');
  const credentialError = e.name === 'CredentialsProviderError' || e.name === 'TokenProviderError';
  // The SDK picks the profile from --profile, else AWS_PROFILE, else "default": name the one it used.
  const profile = explicitProfile ?? (process.env['AWS_PROFILE'] || undefined);
  if (e.name === 'ScanInterrupted') return `Interrupted before the scan could start (it was waiting for the AWS endpoint${where}).`;
  if (e.name === 'ScanBudgetExceeded' || e.name === 'CallDeadlineExceeded') {
    return `No answer from the AWS endpoint${where}: ${detail?.replace(/^not read: /, '')}.`;
  }
  if (credentialError && /\bSSO\b/.test(message)) {
    const name = profile ?? 'default';
    return `The SSO session of profile "${name}" is expired or invalid (${detail}). Run \`aws sso login --profile ${name}\`.`;
  }
  if (profile && (credentialError || /profile/i.test(message))) {
    return `Profile "${profile}" gave no usable credentials (${detail}). Check ~/.aws/config and ~/.aws/credentials, or run \`aws sso login --profile ${profile}\`.`;
  }
  if (credentialError || /Could not load credentials/i.test(message)) {
    return 'No AWS credentials found. Set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, pass --profile, or sign in with `aws sso login`.';
  }
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT'].includes(code) ||
    e.name === 'TimeoutError'
  ) {
    return `Cannot reach the AWS endpoint${where}: ${code || e.name}.`;
  }
  if (
    [
      'InvalidClientTokenId',
      'SignatureDoesNotMatch',
      'ExpiredToken',
      'ExpiredTokenException',
      'UnrecognizedClientException',
      'AccessDenied',
    ].includes(e.name ?? '')
  ) {
    return `AWS rejected the credentials${where} (${e.name}): check that they are current and belong to the account to scan.`;
  }
  return `Cannot start the scan${where}: ${e.name ?? 'Error'}: ${(e.message ?? String(err)).split('\n')[0]}`;
}

/** Resolves credentials and identity; every failure here means the scan cannot run. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const credentials: AwsCredentialIdentityProvider = fromNodeProviderChain(options.profile ? { profile: options.profile } : {});
  const endpoint = options.endpoint ?? process.env['AWS_ENDPOINT_URL'];
  const homeRegion = await resolveHomeRegion(options.profile);
  const clients = new ClientFactory({
    credentials,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.maxSockets ? { maxSockets: options.maxSockets } : {}),
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  try {
    await credentials();
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    // A short-lived client with few attempts: an unreachable endpoint should fail in seconds. It
    // needs its own handler with timeouts: the SDK default has none (a black-holed endpoint hangs
    // until the OS gives up, a hung response forever), and sharing the factory's handler is not an
    // option because client.destroy() destroys the handler it was given.
    // The scan's handler and retry strategy: paced, under the call deadline, stopped by Ctrl-C.
    const sts = new STSClient({
      region: homeRegion,
      credentials,
      retryStrategy: new ScanRetryStrategy(2),
      requestHandler: new ScanHttpHandler(
        new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: options.requestTimeoutMs ?? 30_000, throwOnRequestTimeout: true }),
      ),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
    try {
      // read() turns the SDK's exception into a ReadError; the setup message needs the exception
      // itself (network codes, the credential provider's error names), so it is kept aside.
      let thrown: unknown;
      const read = await options.reader.read('sts:GetCallerIdentity', { target: 'caller-identity', region: homeRegion }, () =>
        sts.send(new GetCallerIdentityCommand({})).catch((err: unknown) => {
          thrown = err;
          throw err;
        }),
      );
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the SDK's own exception, for describeSetupFailure below
      if (!read.ok) throw thrown ?? new Error(read.error.message);
      const id = read.value;
      const callerArn = id.Arn ?? '';
      return {
        accountId: id.Account ?? '',
        partition: callerArn.split(':')[1] || 'aws',
        callerArn,
        homeRegion,
        clients,
      };
    } finally {
      sts.destroy();
    }
  } catch (err) {
    clients.destroy();
    throw new ScanSetupError(describeSetupFailure(err, endpoint, options.profile));
  }
}
