import type { FrameworkId, Severity } from '../model/vocabulary.js';

/** What every catalogue entry has; reports group controls by `section`. */
export interface ControlEntry {
  /** Control ID as the framework spells it: 'S3.9', '1.4', '2.1.1', checklist row '3.8'. */
  id: string;
  title: string;
  /** Grouping for framework -> section -> control trees. */
  section: string;
}

/** An AWS Security Hub control (any standard). */
export interface SecurityHubControl extends ControlEntry {
  /** AWS's severity: the default severity of a check mapped to this control. */
  severity: Severity;
  /** Standards the control belongs to, as Security Hub names them (normalised). */
  standards: readonly string[];
  /** Whether it belongs to AWS Foundational Security Best Practices v1.0.0. */
  fsbp: boolean;
}

/** A Security Hub control in the FSBP v1.0.0 standard; `section` is the service prefix ('S3'). */
export interface FsbpControl extends ControlEntry {
  severity: Severity;
}

/** A CIS AWS Foundations Benchmark recommendation (v3.0.0 or v5.0.0). */
export interface CisRequirement extends ControlEntry {
  /** Section heading, e.g. '1 Identity and Access Management'. */
  section: string;
  /** Sub-section heading where the benchmark has one, e.g. '2.1 Simple Storage Service (S3)'. */
  subsection?: string;
  level: 'Level 1' | 'Level 2';
  assessment: 'automated' | 'manual';
}

/** One row of docs/checklist.md: one thing Bulwark promises to judge. */
export interface ChecklistRow extends ControlEntry {
  /** The requirement text (same as `title`). */
  requirement: string;
  /** How it is read, as the checklist says ('' when the checklist gives a dash or nothing). */
  howRead: string;
  kind: 'auto' | 'local' | 'manual';
  /** Security Hub control IDs listed for the row, ranges expanded ('SecretsManager.1-4' -> four IDs). */
  fsbp: readonly string[];
  /** CIS v3.0.0 recommendation numbers listed for the row, ranges expanded. */
  cis: readonly string[];
}

export interface FrameworkCatalogue<C extends ControlEntry = ControlEntry> {
  id: FrameworkId;
  name: string;
  version: string;
  controls: readonly C[];
}
