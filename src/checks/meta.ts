import { z } from 'zod';
import type { SectionKey } from '../model/inventory.js';
import type { ResourceType } from '../model/resource-types.js';
import { FRAMEWORK_DESCRIPTIONS, FRAMEWORK_IDS, SEVERITIES, type FrameworkId } from '../model/vocabulary.js';

/**
 * A check's metadata, defined once: the zod schema is what findings documents publish (and
 * `bulwark checks --format json` prints), and the `CheckMeta` type a check declares is derived
 * from it, so the two cannot drift apart.
 */

export const SeveritySchema = z.enum(SEVERITIES);

export const RemediationSchema = z.object({
  summary: z.string().describe('One or two sentences: what to change'),
  cli: z.string().optional().describe('An AWS CLI command template; placeholders in <angle brackets>'),
  console: z.string().optional().describe('Console steps, when the CLI is not the natural way'),
  docs: z.string().describe('AWS documentation page'),
});
export type Remediation = z.infer<typeof RemediationSchema>;

/** Published with every framework key present (empty when unmapped), so consumers need no existence checks. */
export const FrameworksSchema = z.object(
  Object.fromEntries(FRAMEWORK_IDS.map((f) => [f, z.array(z.string()).describe(FRAMEWORK_DESCRIPTIONS[f])])) as Record<
    FrameworkId,
    z.ZodArray<z.ZodString>
  >,
);

export const CheckMetaSchema = z.object({
  id: z.string().describe('`<service>-<resource>-<compliant state>`, kebab-case, never renamed; equals the file name'),
  title: z.string().describe('The compliant state, no "Ensure"'),
  service: z.string().describe('The service the check is listed under (--service selects on it)'),
  severity: SeveritySchema,
  resourceType: z.string().describe('ASFF resource type of the resources this check reports on (AwsAccount for account-level checks)'),
  frameworks: FrameworksSchema,
  rationale: z.string().describe('Why it matters, for reports'),
  remediation: RemediationSchema,
});
/** Check metadata as published in findings documents. */
export type CheckMetaDoc = z.infer<typeof CheckMetaSchema>;

/**
 * Framework id -> control IDs: 'fsbp' = Security Hub control IDs, 'cis-3.0' = CIS AWS v3.0.0,
 * 'checklist' = rows of docs/checklist.md. A check lists only the frameworks it maps to.
 */
export type FrameworkRefs = { [F in FrameworkId]?: readonly string[] };

/** What a check declares: the published metadata, plus the inventory sections it reads. */
export interface CheckMeta extends Omit<CheckMetaDoc, 'frameworks' | 'resourceType'> {
  resourceType: ResourceType;
  frameworks: FrameworkRefs;
  /** Inventory sections the check reads; the collector set of a scan is the union over selected checks. */
  reads: readonly SectionKey[];
}
