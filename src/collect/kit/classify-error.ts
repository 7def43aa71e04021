import type { ReadErrorKind } from '../../model/observed.js';

interface SdkErrorShape {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $fault?: string;
}

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'ForbiddenException',
  'InsufficientPrivilegesException',
  'AccessDeniedForDependencyException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
]);
// A region that is not enabled answers with an authentication failure from its endpoint.
const REGION_DISABLED = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure']);
const NOT_SUPPORTED = new Set([
  'InvalidAction',
  'UnknownOperationException',
  'NotImplemented',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'SubscriptionRequiredException',
  'OperationNotSupportedException',
]);

export interface ClassifiedError {
  kind: ReadErrorKind;
  /** The AWS error code (or the JS error name) */
  code: string;
  message: string;
}

/** Turns whatever an SDK call threw into a ReadError kind, code and one-line message. */
export function classifyError(err: unknown, opts: { regional: boolean } = { regional: true }): ClassifiedError {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SdkErrorShape;
  const code = e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code ?? 'Error');
  const status = e.$metadata?.httpStatusCode;
  const raw = (e.message ?? '').split('\n')[0]?.trim() ?? '';
  const message = `${code}${raw && raw !== code ? `: ${raw}` : ''}`.slice(0, 300);
  if (DENIED.has(code) || status === 403) return { kind: 'access-denied', code, message };
  if (THROTTLED.has(code) || status === 429) return { kind: 'throttled', code, message };
  if (opts.regional && REGION_DISABLED.has(code)) return { kind: 'region-disabled', code, message };
  if (NOT_SUPPORTED.has(code)) return { kind: 'not-supported', code, message };
  // An emulator (or a proxy) answering an operation it does not implement with an HTML page:
  // the SDK cannot parse the body. Real AWS answers every operation with an AWS error body.
  // No DNS name for the service in this region: AWS does not offer the service there (e.g. Macie
  // or Access Analyzer in a newer region). UNKNOWN either way, but the wording should say why.
  const netCode = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (netCode === 'ENOTFOUND') {
    const host = /ENOTFOUND (\S+)/.exec(e.message ?? '')?.[1];
    return {
      kind: 'not-supported',
      code: 'ENOTFOUND',
      message: `ENOTFOUND: the endpoint${host ? ` ${host}` : ''} does not exist; the service is probably not offered in this region`,
    };
  }
  const full = e.message ?? '';
  if (
    (status === 404 || status === 500 || status === 501) &&
    (code === 'SyntaxError' ||
      code === 'UnknownError' ||
      /Deserialization error|XML parse error|JSON parse error|Unexpected token/i.test(full))
  ) {
    return { kind: 'not-supported', code, message: `${message} (HTTP ${status}; the endpoint does not implement this operation)` };
  }
  return { kind: 'other', code, message };
}

/** Network-level failures: the endpoint could not be reached at all. */
export function isUnreachable(err: unknown): boolean {
  const e = err as { code?: string; name?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code ?? '';
  return (
    ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'].includes(code) || e?.name === 'TimeoutError'
  );
}
