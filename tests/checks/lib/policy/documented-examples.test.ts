/**
 * Policies as AWS documents them, with the answers the engine must give. Sources:
 * - S3 bucket policy examples: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
 * - CloudTrail bucket policy: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
 * - S3 server access logging: https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 * - VPC endpoint policies: https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 *   and https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
 * - KMS default key policy: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 * - SNS / SQS: https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html,
 *   https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html
 * - IAM identity policies: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_examples.html
 */
import { describe, expect, it } from 'vitest';
import {
  externalAccess,
  grantsOnEveryResource,
  isPublic,
  wildcardActionGrants,
  type PolicyContext,
} from '../../../../src/checks/lib/policy/index.js';
import { policyOf } from './helpers.js';

const OWNER = '111122223333';
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket';
const S3_READ = ['s3:Get*', 's3:List*'];
const S3_WRITE = ['s3:Put*', 's3:Delete*'];

interface ResourceCase {
  name: string;
  statements: Record<string, unknown>[];
  actions: string[];
  resource?: string;
  context?: PolicyContext;
  public: boolean;
  /** External accounts (owner OWNER) for the same actions, when the case is about them. */
  accounts?: string[];
}

const resourceCases: ResourceCase[] = [
  {
    name: 'S3: read-only permission to anonymous users',
    statements: [
      { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `${BUCKET}/*` },
    ],
    actions: S3_READ,
    public: true,
  },
  {
    name: 'S3: the same statement is not a public write',
    statements: [
      { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `${BUCKET}/*` },
    ],
    actions: S3_WRITE,
    public: false,
  },
  {
    name: 'S3: access limited to a specific HTTP referer (aws:Referer pins nothing)',
    statements: [
      {
        Sid: 'AllowGetRequestsReferer',
        Effect: 'Allow',
        Principal: '*',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: `${BUCKET}/*`,
        Condition: { StringLike: { 'aws:Referer': ['https://www.example.com/*', 'https://example.com/*'] } },
      },
    ],
    actions: S3_READ,
    public: true,
  },
  {
    name: 'S3: access limited to IP ranges',
    statements: [
      {
        Sid: 'IPAllow',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:*',
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' }, NotIpAddress: { 'aws:SourceIp': '192.0.2.188/32' } },
      },
    ],
    actions: S3_READ,
    public: false,
  },
  {
    name: 'S3: a public read closed by "deny unless through VPC endpoint"',
    statements: [
      { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      {
        Sid: 'Access-to-specific-VPCE-only',
        Principal: '*',
        Action: 's3:*',
        Effect: 'Deny',
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      },
    ],
    actions: S3_READ,
    public: false,
  },
  {
    name: 'S3: a public read closed by "deny unless from the organization"',
    statements: [
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: `${BUCKET}/*`,
        Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ],
    actions: S3_READ,
    public: false,
  },
  {
    name: 'S3: a public read not closed by the TLS deny (HTTPS callers pass it)',
    statements: [
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      {
        Sid: 'AllowSSLRequestsOnly',
        Action: 's3:*',
        Effect: 'Deny',
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Principal: '*',
      },
    ],
    actions: S3_READ,
    public: true,
  },
  {
    name: 'S3: a Deny on other objects does not close the grant',
    statements: [
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/private/*` },
    ],
    actions: S3_READ,
    public: true,
  },
  {
    name: 'S3: the organization only (aws:PrincipalOrgID)',
    statements: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } },
      },
    ],
    actions: S3_READ,
    public: false,
  },
  {
    name: 'S3: a condition on a policy variable pins nothing',
    statements: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { StringEquals: { 'aws:userid': '${aws:userid}' } },
      },
    ],
    actions: S3_READ,
    public: true,
  },
  {
    name: 'S3: cross-account permissions to another account',
    statements: [
      {
        Sid: 'CrossAccount',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [BUCKET, `${BUCKET}/*`],
      },
    ],
    actions: S3_READ,
    public: false,
    accounts: ['444455556666'],
  },
  {
    name: 'CloudTrail: the documented trail bucket policy',
    statements: [
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: BUCKET,
        Condition: { StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${OWNER}:trail/trailName` } },
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${BUCKET}/AWSLogs/${OWNER}/*`,
        Condition: {
          StringEquals: {
            's3:x-amz-acl': 'bucket-owner-full-control',
            'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${OWNER}:trail/trailName`,
          },
        },
      },
    ],
    actions: [...S3_READ, ...S3_WRITE],
    public: false,
    accounts: [],
  },
  {
    name: 'S3 server access logging: the logging service principal with aws:SourceAccount',
    statements: [
      {
        Sid: 'S3ServerAccessLogsPolicy',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: ['s3:PutObject'],
        Resource: `${BUCKET}/logs/*`,
        Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::SOURCE-BUCKET-NAME' }, StringEquals: { 'aws:SourceAccount': OWNER } },
      },
    ],
    actions: S3_WRITE,
    public: false,
  },
  {
    name: 'VPC endpoint: the default full-access policy',
    statements: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
    actions: ['*'],
    public: true,
  },
  {
    name: 'VPC endpoint: access to one bucket only, still for every principal',
    statements: [
      {
        Sid: 'Access-to-specific-bucket-only',
        Principal: '*',
        Action: ['s3:GetObject', 's3:PutObject'],
        Effect: 'Allow',
        Resource: ['arn:aws:s3:::my_secure_bucket', 'arn:aws:s3:::my_secure_bucket/*'],
      },
    ],
    actions: ['*'],
    public: true,
  },
  {
    name: 'VPC endpoint: principals of one organization only',
    statements: [
      {
        Sid: 'AllowRequestsByOrgsIdentities',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 's3:*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ],
    actions: ['*'],
    public: false,
  },
  {
    name: "VPC endpoint: aws:SourceVpc equal to the endpoint's own VPC pins nothing",
    statements: [
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } } },
    ],
    actions: ['*'],
    context: { ownVpcIds: ['vpc-111bbb22'], ownVpceIds: ['vpce-1a2b3c4d'] },
    public: true,
  },
  {
    name: 'VPC endpoint: only principals of one account (aws:PrincipalAccount)',
    statements: [
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': [OWNER] } } },
    ],
    actions: ['*'],
    public: false,
  },
  {
    name: 'KMS: the default key policy (the account root)',
    statements: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OWNER}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
    actions: ['kms:Decrypt'],
    public: false,
    accounts: [],
  },
  {
    name: 'KMS: an AWS managed key policy (kms:ViaService with kms:CallerAccount)',
    statements: [
      {
        Sid: 'Allow access through EBS for all principals in the account that are authorized to use EBS',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com', 'kms:CallerAccount': OWNER } },
      },
    ],
    actions: ['kms:Decrypt'],
    public: false,
  },
  {
    name: 'KMS: kms:ViaService alone pins nothing',
    statements: [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' } },
      },
    ],
    actions: ['kms:Decrypt'],
    public: true,
  },
  {
    name: 'KMS: a key shared with another account',
    statements: [
      {
        Sid: 'Allow use of the key',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::444455556666:root', `arn:aws:iam::${OWNER}:role/KeyUser`] },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
      },
    ],
    actions: ['kms:Decrypt'],
    public: false,
    accounts: ['444455556666'],
  },
  {
    name: 'SNS: a topic another account may publish to',
    statements: [
      {
        Effect: 'Allow',
        Principal: { AWS: '444455556666' },
        Action: 'sns:Publish',
        Resource: `arn:aws:sns:us-east-2:${OWNER}:MyTopic`,
      },
    ],
    actions: ['sns:Publish'],
    public: false,
    accounts: ['444455556666'],
  },
  {
    name: 'SNS: S3 event notifications from one bucket of one account',
    statements: [
      {
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: `arn:aws:sns:us-east-2:${OWNER}:MyTopic`,
        Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:amzn-s3-demo-bucket' }, StringEquals: { 'aws:SourceAccount': OWNER } },
      },
    ],
    actions: ['sns:Publish'],
    public: false,
    accounts: [],
  },
  {
    name: 'SNS: a topic everyone may subscribe to',
    statements: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['sns:Subscribe', 'sns:Receive'], Resource: '*' }],
    actions: ['sns:Subscribe'],
    public: true,
  },
  {
    name: 'SQS: a queue an SNS topic of one account may send to',
    statements: [
      {
        Sid: 'Allow-SNS-SendMessage',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-2:${OWNER}:MyQueue`,
        Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-2:${OWNER}:MyTopic` } },
      },
    ],
    actions: ['sqs:SendMessage'],
    public: false,
  },
  {
    name: 'SQS: everyone may send, over HTTPS only (aws:SecureTransport pins nothing)',
    statements: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-2:${OWNER}:MyQueue`,
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      },
    ],
    actions: ['sqs:SendMessage'],
    public: true,
  },
  {
    name: 'SQS: everyone but one account (Allow with NotPrincipal) is public',
    statements: [{ Effect: 'Allow', NotPrincipal: { AWS: '444455556666' }, Action: 'sqs:SendMessage', Resource: '*' }],
    actions: ['sqs:SendMessage'],
    public: true,
  },
  {
    name: 'Deny NotPrincipal one account closes a public grant to that account',
    statements: [
      { Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' },
      { Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${OWNER}:root`] }, Action: '*', Resource: '*' },
    ],
    actions: ['sqs:SendMessage'],
    public: false,
  },
];

describe('documented resource policies', () => {
  it.each(resourceCases)('$name', (c) => {
    const policy = policyOf({ Version: '2012-10-17', Statement: c.statements });
    const q = { actions: c.actions, ...(c.resource ? { resource: c.resource } : {}), ...(c.context ? { context: c.context } : {}) };
    expect(isPublic(policy, q)).toBe(c.public);
    if (c.accounts) expect(externalAccess(policy, OWNER, q).accounts).toEqual(c.accounts);
  });
});

interface IdentityCase {
  name: string;
  statements: Record<string, unknown>[];
  /** Labels of the statements granting `*:*` on every resource. */
  fullAdmin: string[];
  wildcards: string[];
  /** Statements granting kms:Decrypt on every key. */
  kmsDecryptEverywhere: number;
}

const identityCases: IdentityCase[] = [
  {
    name: 'AdministratorAccess',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    fullAdmin: ['#1'],
    wildcards: ['*'],
    kmsDecryptEverywhere: 1,
  },
  {
    name: 'PowerUserAccess (NotAction iam, organizations, account)',
    statements: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      { Effect: 'Allow', Action: ['iam:CreateServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization'], Resource: '*' },
    ],
    fullAdmin: [],
    wildcards: ['NotAction iam:*, organizations:*, account:*'],
    kmsDecryptEverywhere: 1,
  },
  {
    name: 'AmazonS3ReadOnlyAccess',
    statements: [
      {
        Effect: 'Allow',
        Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'],
        Resource: '*',
      },
    ],
    fullAdmin: [],
    wildcards: [],
    kmsDecryptEverywhere: 0,
  },
  {
    name: 'Full access to one DynamoDB table',
    statements: [{ Sid: 'SpecificTable', Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:*:*:table/MyTable' }],
    fullAdmin: [],
    wildcards: ['dynamodb:*'],
    kmsDecryptEverywhere: 0,
  },
  {
    name: 'kms:Decrypt on every key, and on one key',
    statements: [
      { Sid: 'Everywhere', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' },
      {
        Sid: 'OneKey',
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: `arn:aws:kms:us-east-1:${OWNER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      },
    ],
    fullAdmin: [],
    wildcards: [],
    kmsDecryptEverywhere: 1,
  },
  {
    name: 'Admin except a few resources (NotResource) counts as full admin, as FSBP IAM.1 does',
    statements: [{ Sid: 'AlmostAll', Effect: 'Allow', Action: '*:*', NotResource: 'arn:aws:s3:::audit-logs/*' }],
    fullAdmin: ['"AlmostAll"'],
    wildcards: ['*:*'],
    kmsDecryptEverywhere: 1,
  },
  {
    name: 'Admin with an MFA condition still counts',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
    fullAdmin: ['#1'],
    wildcards: ['*'],
    kmsDecryptEverywhere: 1,
  },
  {
    name: 'An explicit unconditioned Deny of kms:* on every resource leaves no Decrypt grant',
    statements: [
      { Effect: 'Allow', Action: 'kms:*', Resource: '*' },
      { Effect: 'Deny', Action: 'kms:*', Resource: '*' },
    ],
    fullAdmin: [],
    wildcards: ['kms:*'],
    kmsDecryptEverywhere: 0,
  },
];

describe('documented identity policies', () => {
  it.each(identityCases)('$name', (c) => {
    const policy = policyOf({ Version: '2012-10-17', Statement: c.statements });
    expect(grantsOnEveryResource(policy, '*:*').map((s) => (s.sid ? `"${s.sid}"` : `#${s.index + 1}`))).toEqual(c.fullAdmin);
    expect(wildcardActionGrants(policy)).toEqual(c.wildcards);
    expect(grantsOnEveryResource(policy, 'kms:Decrypt')).toHaveLength(c.kmsDecryptEverywhere);
  });
});
