import type { CheckMetaDoc } from '../evaluate/finding.js';
import { FRAMEWORK_IDS } from '../model/vocabulary.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** An FSBP control Bulwark has no check for, and why. */
export interface UncheckedControl {
  id: string;
  title: string;
  reason: string;
}

/**
 * docs/checks.md: every check with severity and framework IDs, grouped by service, then the FSBP
 * controls of the covered services that have no check, with the reason.
 */
export function renderChecksMarkdown(checks: readonly CheckMetaDoc[], unchecked: readonly UncheckedControl[] = []): string {
  const out = [
    '# Checks',
    '',
    'Generated from the check metadata (`npm run schemas`); `bulwark checks` prints the same list.',
    '`fsbp` = AWS Security Hub control IDs, `cis-3.0` = CIS AWS Foundations Benchmark v3.0.0, `checklist` = rows of the Bulwark checklist.',
    '',
    `${checks.length} checks: ${checks.filter((c) => c.service !== 'manual').length} automated, ${checks.filter((c) => c.service === 'manual').length} manual guidance items.`,
  ];
  const services = [...new Set(checks.map((c) => c.service))];
  for (const service of services) {
    const list = checks.filter((c) => c.service === service);
    out.push(
      '',
      `## ${service} (${list.length})`,
      '',
      `| id | title | severity | ${FRAMEWORK_IDS.join(' | ')} |`,
      `|---|---|---|${FRAMEWORK_IDS.map(() => '---|').join('')}`,
    );
    for (const c of list) {
      out.push(`| \`${c.id}\` | ${cell(c.title)} | ${c.severity} | ${FRAMEWORK_IDS.map((f) => c.frameworks[f].join(', ')).join(' | ')} |`);
    }
  }
  if (unchecked.length > 0) {
    out.push(
      '',
      `## Security Hub controls without a check (${unchecked.length})`,
      '',
      'FSBP controls (and tagging controls) of the services above that Bulwark deliberately does not decide, and why.',
      '',
      '| control | title | reason |',
      '|---|---|---|',
    );
    for (const u of unchecked) out.push(`| ${u.id} | ${cell(u.title)} | ${cell(u.reason)} |`);
  }
  return `${out.join('\n')}\n`;
}
