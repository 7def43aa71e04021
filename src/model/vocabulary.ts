/**
 * The words a finding is made of, each defined once and in its sort order: types, zod enums, the
 * findings sort, summaries and console columns are all derived from these lists, so a new status
 * or framework cannot be forgotten in one of them.
 */

/**
 * Worst first: the order findings are sorted in and the console prints its columns in. MUTED is
 * set only by a mutelist rule, after evaluation; the finding keeps its original status beside it.
 */
export const STATUSES = ['FAIL', 'UNKNOWN', 'PASS', 'MANUAL', 'NOT_APPLICABLE', 'MUTED'] as const;
export type Status = (typeof STATUSES)[number];
/** What a check can decide (everything but MUTED). */
export type CheckStatus = Exclude<Status, 'MUTED'>;

/** Most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The frameworks a check maps to, in the order reports list them. */
export const FRAMEWORK_IDS = ['fsbp', 'cis-3.0', 'cis-5.0', 'checklist'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** What each framework's control IDs are, for the published schema and docs. */
export const FRAMEWORK_DESCRIPTIONS: Readonly<Record<FrameworkId, string>> = {
  fsbp: 'AWS Security Hub control IDs (Foundational Security Best Practices)',
  'cis-3.0': 'CIS AWS Foundations Benchmark v3.0.0 recommendation numbers',
  'cis-5.0': 'CIS AWS Foundations Benchmark v5.0.0 recommendation numbers',
  checklist: "Row numbers of Bulwark's checklist (docs/checklist.md)",
};
