/**
 * What an AWS SDK request is, read from its HTTP shape alone: the caller's access key (SigV4
 * Authorization header or presigned X-Amz-Credential), the region and service of the credential
 * scope, the wire protocol, the API name, and whether it asks for a later page. Pure functions: the
 * proxy feeds them the request line, the headers and (for non-S3 requests) the body.
 */

export type Protocol = 'ec2' | 'query' | 'json' | 'rest-json' | 'rest-xml' | 's3';

export interface RequestShape {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text when it was read (everything but S3); undefined when it was streamed. */
  body?: string;
}

export interface AwsCall {
  accessKeyId: string | undefined;
  region: string;
  service: string;
  protocol: Protocol;
  api: string;
  /** The request carries a continuation token: it is a later page of a paginated list. */
  paged: boolean;
}

const header = (h: RequestShape['headers'], name: string): string | undefined => {
  const v = h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

/** AKID/date/region/service/aws4_request, from the Authorization header or a presigned URL. */
export function credentialScope(req: RequestShape): { accessKeyId: string; region: string; service: string } | undefined {
  const auth = header(req.headers, 'authorization') ?? '';
  let cred = /Credential=([^,\s]+)/.exec(auth)?.[1];
  if (!cred) cred = new URL(req.url, 'http://x').searchParams.get('X-Amz-Credential') ?? undefined;
  if (!cred) return undefined;
  const [accessKeyId, , region, service] = decodeURIComponent(cred).split('/');
  if (!accessKeyId || !region || !service) return undefined;
  return { accessKeyId, region, service };
}

const PAGE_KEYS = new Set([
  'NextToken',
  'nextToken',
  'Marker',
  'marker',
  'ContinuationToken',
  'continuation-token',
  'key-marker',
  'PaginationToken',
  'StartingToken',
  'NextPageToken',
  'next-token',
]);
const JSON_PAGE = /"(NextToken|nextToken|Marker|marker|PaginationToken|NextPageToken|StartingToken|ExclusiveStart\w*)"\s*:\s*"[^"]/;

function hasPageParam(params: URLSearchParams): boolean {
  for (const [k, v] of params) if (PAGE_KEYS.has(k) && v !== '') return true;
  return false;
}

/** S3 bucket subresources (the query key) and the name they carry in GET/PUT/DELETE API names. */
const S3_SUBRESOURCES: Record<string, string> = {
  location: 'BucketLocation',
  policy: 'BucketPolicy',
  policyStatus: 'BucketPolicyStatus',
  acl: 'BucketAcl',
  versioning: 'BucketVersioning',
  logging: 'BucketLogging',
  encryption: 'BucketEncryption',
  publicAccessBlock: 'PublicAccessBlock',
  lifecycle: 'BucketLifecycleConfiguration',
  replication: 'BucketReplication',
  ownershipControls: 'BucketOwnershipControls',
  'object-lock': 'ObjectLockConfiguration',
  notification: 'BucketNotificationConfiguration',
  tagging: 'BucketTagging',
  website: 'BucketWebsite',
  cors: 'BucketCors',
  accelerate: 'BucketAccelerateConfiguration',
  requestPayment: 'BucketRequestPayment',
  'intelligent-tiering': 'BucketIntelligentTieringConfiguration',
  analytics: 'BucketAnalyticsConfiguration',
  metrics: 'BucketMetricsConfiguration',
  inventory: 'BucketInventoryConfiguration',
};
const S3_VERB: Record<string, string> = { GET: 'Get', PUT: 'Put', DELETE: 'Delete', HEAD: 'Head', POST: 'Post' };

/** S3 API from method, path-style path and subresource (virtual-hosted names are not used against a custom endpoint). */
export function s3Api(method: string, path: string, params: URLSearchParams): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return method === 'GET' ? 'ListBuckets' : `${method} /`;
  const onObject = segments.length > 1;
  const verb = S3_VERB[method] ?? method;
  if (onObject) {
    if (params.has('acl')) return `${verb}ObjectAcl`;
    if (params.has('tagging')) return `${verb}ObjectTagging`;
    if (params.has('uploads') || params.has('uploadId')) return method === 'POST' ? 'MultipartUpload' : `${verb}MultipartUpload`;
    return `${verb}Object`;
  }
  if (method === 'POST' && params.has('delete')) return 'DeleteObjects';
  if (params.has('uploads')) return 'ListMultipartUploads';
  if (params.has('versions')) return 'ListObjectVersions';
  for (const [key, name] of Object.entries(S3_SUBRESOURCES)) {
    if (!params.has(key)) continue;
    // Configurations addressed by id: without one, GET lists them.
    if (name.endsWith('Configuration') && ['intelligent-tiering', 'analytics', 'metrics', 'inventory'].includes(key)) {
      return method === 'GET' && !params.has('id') ? `List${name}s` : `${verb}${name}`;
    }
    return `${verb}${name}`;
  }
  if (method === 'GET') return params.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
  if (method === 'PUT') return 'CreateBucket';
  return `${verb}Bucket`;
}

/** Known REST routes (service, method, path pattern, API) where AWS publishes per-API limits or the name matters. */
const REST_ROUTES: Array<[string, string, RegExp, string]> = [
  ['lambda', 'GET', /^\/2015-03-31\/functions\/?$/, 'ListFunctions'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/[^/]+\/?$/, 'GetFunction'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/[^/]+\/configuration\/?$/, 'GetFunctionConfiguration'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/[^/]+\/policy\/?$/, 'GetPolicy'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/functions\/[^/]+\/url\/?$/, 'GetFunctionUrlConfig'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/functions\/[^/]+\/urls\/?$/, 'ListFunctionUrlConfigs'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/functions\/[^/]+\/concurrency\/?$/, 'GetFunctionConcurrency'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/tags\/.+$/, 'ListTags'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/layers\/?$/, 'ListLayers'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/event-source-mappings\/?$/, 'ListEventSourceMappings'],
  ['lambda', 'GET', /^\/20\d\d-\d\d-\d\d\/account-settings\/?$/, 'GetAccountSettings'],
  ['lambda', 'POST', /^\/2015-03-31\/functions\/?$/, 'CreateFunction'],
  ['lambda', 'POST', /^\/2015-03-31\/functions\/[^/]+\/invocations\/?$/, 'Invoke'],
  ['s3control', 'GET', /^\/v20180820\/configuration\/publicAccessBlock\/?$/, 'GetPublicAccessBlock'],
  ['s3control', 'GET', /^\/v20180820\/accesspoint\/?$/, 'ListAccessPoints'],
  ['s3control', 'GET', /^\/v20180820\/mrap\/instances\/?$/, 'ListMultiRegionAccessPoints'],
  ['cloudfront', 'GET', /^\/20\d\d-\d\d-\d\d\/distribution\/?$/, 'ListDistributions'],
  ['cloudfront', 'GET', /^\/20\d\d-\d\d-\d\d\/distribution\/[^/]+\/config\/?$/, 'GetDistributionConfig'],
  ['cloudfront', 'GET', /^\/20\d\d-\d\d-\d\d\/distribution\/[^/]+\/?$/, 'GetDistribution'],
  ['eks', 'GET', /^\/clusters\/?$/, 'ListClusters'],
  ['eks', 'GET', /^\/clusters\/[^/]+\/?$/, 'DescribeCluster'],
  ['guardduty', 'GET', /^\/detector\/?$/, 'ListDetectors'],
  ['guardduty', 'GET', /^\/detector\/[^/]+\/?$/, 'GetDetector'],
  ['apigateway', 'GET', /^\/restapis\/?$/, 'GetRestApis'],
  ['apigateway', 'GET', /^\/v2\/apis\/?$/, 'GetApis'],
];

/** Protocols of REST services that answer in XML; every other REST service is REST-JSON. */
const REST_XML_SERVICES = new Set(['cloudfront', 'route53', 's3control']);

/** METHOD plus the first path segment that is not an API version date, e.g. "GET /functions". */
function restFallback(method: string, path: string): string {
  const first = path.split('/').find((s) => s !== '' && !/^v?\d{4}-?\d{2}-?\d{2}$/.test(s));
  return `${method} /${first ?? ''}`;
}

/** Describes one SDK request. Unsigned requests keep service "unknown" and the default bucket. */
export function describeRequest(req: RequestShape): AwsCall {
  const u = new URL(req.url, 'http://x');
  const scope = credentialScope(req);
  const region = scope?.region ?? 'us-east-1';
  let service = scope?.service ?? 'unknown';
  const method = req.method.toUpperCase();
  const base = { accessKeyId: scope?.accessKeyId, region };

  // S3 Control signs as "s3" too; its paths carry the API version.
  if (service === 's3' && u.pathname.startsWith('/v20180820/')) service = 's3control';

  const target = header(req.headers, 'x-amz-target');
  if (target) {
    const api = target.slice(target.lastIndexOf('.') + 1);
    return { ...base, service, protocol: 'json', api, paged: JSON_PAGE.test(req.body ?? '') };
  }
  if (service === 's3') {
    return { ...base, service, protocol: 's3', api: s3Api(method, u.pathname, u.searchParams), paged: hasPageParam(u.searchParams) };
  }
  const contentType = header(req.headers, 'content-type') ?? '';
  const form = contentType.startsWith('application/x-www-form-urlencoded') && req.body ? new URLSearchParams(req.body) : undefined;
  const action = form?.get('Action') ?? u.searchParams.get('Action');
  if (action) {
    const params = form ?? u.searchParams;
    return { ...base, service, protocol: service === 'ec2' ? 'ec2' : 'query', api: action, paged: hasPageParam(params) };
  }
  const route = REST_ROUTES.find(([s, m, re]) => s === service && m === method && re.test(u.pathname));
  const protocol: Protocol = REST_XML_SERVICES.has(service) ? 'rest-xml' : 'rest-json';
  const paged = hasPageParam(u.searchParams) || JSON_PAGE.test(req.body ?? '');
  return { ...base, service, protocol, api: route?.[3] ?? restFallback(method, u.pathname), paged };
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Query-protocol services whose throttling code is not the usual "Throttling". */
const QUERY_THROTTLE_CODE: Record<string, string> = { rds: 'ThrottlingException' };

/**
 * The throttling answer of each protocol as AWS sends it, so that an SDK v3 client parses it into
 * the error AWS would give (error.name = the code) and its retry strategy sees a throttle.
 */
export function throttleResponse(call: Pick<AwsCall, 'protocol' | 'service'>, method: string, requestId: string): SimResponse {
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
  switch (call.protocol) {
    case 'ec2':
      return {
        status: 503,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body: xml(
          `<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
        ),
      };
    case 'query':
    case 'rest-xml': {
      const code = QUERY_THROTTLE_CODE[call.service] ?? 'Throttling';
      return {
        status: 400,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: xml(
          `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>Rate exceeded</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        ),
      };
    }
    case 'json':
      return {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
        body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
      };
    case 'rest-json':
      return {
        status: 429,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException', 'x-amzn-requestid': requestId },
        body: JSON.stringify({ Type: 'User', message: 'Rate exceeded', Reason: 'CallerRateLimitExceeded' }),
      };
    case 's3':
      return {
        status: 503,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        // A HEAD answer has no body; the SDK then names the error from the status code.
        body:
          method === 'HEAD'
            ? ''
            : xml(
                `<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>${requestId}</RequestId></Error>`,
              ),
      };
  }
}
