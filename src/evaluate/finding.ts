import { z } from 'zod';
import { ReadError } from '../model/observed.js';
import { STATUSES } from '../model/vocabulary.js';
import { CheckMetaSchema, FrameworksSchema, SeveritySchema } from '../checks/meta.js';
import { FrameworkComplianceSchema } from './compliance.js';
import { TrendPointSchema } from '../history/trend.js';

export { CheckMetaSchema, type CheckMetaDoc } from '../checks/meta.js';

export const StatusSchema = z.enum(STATUSES);

export const FindingSchema = z.object({
  checkId: z.string(),
  title: z.string(),
  status: StatusSchema,
  severity: SeveritySchema,
  service: z.string(),
  accountId: z.string(),
  region: z.string().describe("AWS region, or 'global'"),
  resourceArn: z.string(),
  resourceType: z.string().describe('ASFF resource type, e.g. AwsS3Bucket; AwsAccount for account-level rows'),
  reason: z.string().describe('One sentence naming the resource and the observed fact'),
  frameworks: FrameworksSchema,
  errors: z.array(ReadError).optional().describe('For UNKNOWN: the reads that failed'),
  muted: z
    .object({
      originalStatus: StatusSchema.exclude(['MUTED']).describe('The status the check decided'),
      reason: z.string().describe("The mutelist rule's reason"),
      rule: z.string().describe('Which mutelist rule muted it (file and rule number)'),
      expires: z.string().optional().describe('When the rule stops muting (ISO-8601 date)'),
    })
    .optional()
    .describe('Present exactly when status is MUTED'),
});
export type Finding = z.infer<typeof FindingSchema>;

const counts = z.record(z.string(), z.number().int());

export const FindingsDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string() }),
  account: z.object({ id: z.string(), partition: z.string() }),
  startedAt: z.string().describe('When collection started (ISO-8601)'),
  finishedAt: z.string().describe('When evaluation finished (ISO-8601)'),
  asOf: z.string().describe('The "now" time-based checks were evaluated at (ISO-8601)'),
  regions: z.object({
    scanned: z.array(z.string()),
    skipped: z.array(z.object({ region: z.string(), reason: z.string() })),
  }),
  summary: z.object({
    total: z.number().int(),
    byStatus: counts.describe('Findings per status'),
    bySeverity: z.record(z.string(), counts).describe('Per severity: findings per status'),
    byService: z.record(z.string(), counts).describe('Per service: findings per status'),
  }),
  compliance: z
    .array(FrameworkComplianceSchema)
    .describe('Per framework: every control of its catalogue with the status of its findings, per section and in total'),
  checks: z.array(CheckMetaSchema).describe('Metadata of every check evaluated, for renderers'),
  findings: z.array(FindingSchema),
  errors: z.array(ReadError).describe('Every read that failed during collection'),
  trend: z.array(TrendPointSchema).optional().describe("With --history: this account's recorded scans, oldest first, this one last"),
  mutelist: z
    .object({
      file: z.string().describe('The mutelist file given with --mutelist'),
      rules: z.number().int().describe('Rules in the file'),
      muted: z.number().int().describe('Findings muted'),
      expired: z
        .array(z.object({ rule: z.string(), reason: z.string(), expires: z.string(), wouldMute: z.number().int() }))
        .describe('Rules past their expiry date: they mute nothing; wouldMute counts the findings they match'),
    })
    .optional()
    .describe('Present when a mutelist was applied (docs/mutelist.md)'),
});
export type FindingsDocument = z.infer<typeof FindingsDocumentSchema>;
