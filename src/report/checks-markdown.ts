import type { CheckMetaDoc } from '../evaluate/finding.js';
import { FRAMEWORK_IDS } from '../model/vocabulary.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/checks.md: every check with severity and framework IDs, grouped by service. */
export function renderChecksMarkdown(checks: readonly CheckMetaDoc[]): string {
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
  return `${out.join('\n')}\n`;
}
