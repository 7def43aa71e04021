import pc from 'picocolors';
import type { DiffEntry, DiffResult } from './classify.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { mdCode, mdRow, mdText } from '../report/markdown-escape.js';
import { GITHUB_COMMENT_LIMIT } from '../report/markdown.js';

/** The sections of a diff, in the order every format prints them. */
const SECTIONS = [
  { key: 'newFailures', title: 'New failures', note: '' },
  { key: 'fixed', title: 'Fixed', note: '' },
  { key: 'noLongerJudged', title: 'No longer judged', note: 'failed before, could not be evaluated now: not fixed' },
  { key: 'nowMuted', title: 'Now muted', note: 'failed before, accepted by a mutelist rule now: not fixed' },
  { key: 'otherChanges', title: 'Other status changes', note: '' },
  { key: 'stillFailing', title: 'Still failing', note: '' },
] as const satisfies readonly { key: keyof DiffResult; title: string; note: string }[];

type SectionKey = (typeof SECTIONS)[number]['key'];

/** How a change reads; a failure missing from the newer scan is gone when fixed, unseen when not judged. */
function change(e: DiffEntry, section: SectionKey): string {
  const before = e.before === 'absent' ? 'not present' : e.before;
  const after: string = e.after !== 'absent' ? e.after : section === 'fixed' ? 'resource gone' : 'not seen (check UNKNOWN)';
  return `${before} → ${after}`;
}

function counts(r: DiffResult): string {
  return `${[...SECTIONS.map((s) => `${s.title}: ${r[s.key].length}`), `Not compared: ${r.notCompared}`].join(' · ')}`;
}

export function renderDiffJson(r: DiffResult): string {
  return `${JSON.stringify({ schemaVersion: 1, kind: 'bulwark-diff', ...r }, null, 2)}\n`;
}

export function renderDiffConsole(r: DiffResult, options: { color: boolean; maxPerSection?: number }): string {
  const c = pc.createColors(options.color);
  const max = options.maxPerSection ?? 100;
  const t = terminalSafe;
  const out = [
    c.bold(`Bulwark diff - account ${t(r.new.accountId)} - ${t(r.old.finishedAt)} → ${t(r.new.finishedAt)}`),
    ...r.warnings.map((w) => c.yellow(`warning: ${t(w)}`)),
    '',
    counts(r),
  ];
  const paint = { newFailures: c.red, fixed: c.green, noLongerJudged: c.yellow, nowMuted: c.dim } as Partial<
    Record<SectionKey, (s: string) => string>
  >;
  for (const s of SECTIONS) {
    const list = r[s.key];
    if (!list.length) continue;
    out.push('', c.bold((paint[s.key] ?? ((x: string) => x))(`${s.title} (${list.length})${s.note ? `: ${s.note}` : ''}`)));
    // Still failing is the long, unchanged part: a few rows remind, the JSON has them all.
    const limit = s.key === 'stillFailing' ? Math.min(max, 20) : max;
    for (const e of list.slice(0, limit)) {
      out.push(`  ${e.severity.toUpperCase().padEnd(13)} ${t(e.checkId)}  ${c.dim(t(e.region))}  ${change(e, s.key)}`);
      out.push(c.dim(`    ${t(e.resourceArn)}`));
      out.push(`    ${t(e.reason)}`);
    }
    if (list.length > limit) out.push(c.dim(`  ... and ${list.length - limit} more (see --format json).`));
  }
  if (!r.newFailures.length) out.push('', c.green('No new failures.'));
  return `${out.join('\n')}\n`;
}

export interface DiffMarkdownOptions {
  maxChars?: number;
  maxPerSection?: number;
}

function markdownSection(key: SectionKey, title: string, note: string, list: DiffEntry[], shown: number, collapsed: boolean): string[] {
  if (!list.length) return [];
  const rows = list
    .slice(0, shown)
    .map((e) =>
      mdRow([
        e.severity,
        mdCode(e.checkId, { max: 100 }),
        mdText(e.region, 40),
        mdCode(e.resourceArn, { max: 200 }),
        change(e, key),
        mdText(e.reason, 240),
      ]),
    );
  const table = [
    mdRow(['severity', 'check', 'region', 'resource', 'change', 'reason']),
    mdRow(['---', '---', '---', '---', '---', '---']),
    ...rows,
  ];
  const more = shown < list.length ? ['', `_${list.length - shown} more not listed here: see \`bulwark diff --format json\`._`] : [];
  const heading = `${title} (${list.length})${note ? ` — ${note}` : ''}`;
  // A table inside <details> needs blank lines around it for GitHub to parse it as markdown.
  if (collapsed) return ['', '<details>', `<summary>${heading}</summary>`, '', ...table, ...more, '', '</details>'];
  return ['', `### ${heading}`, '', ...table, ...more];
}

export function renderDiffMarkdown(r: DiffResult, options: DiffMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? 60_000;
  const limits = Object.fromEntries(SECTIONS.map((s) => [s.key, options.maxPerSection ?? 100])) as Record<SectionKey, number>;
  const render = (cut: boolean) => {
    const out = [
      '## Bulwark: changes since the previous scan',
      '',
      `**Account** ${mdCode(r.new.accountId, { inTable: false })} · ${mdText(r.old.finishedAt, 40)} → ${mdText(r.new.finishedAt, 40)}`,
    ];
    for (const w of r.warnings) out.push('', `> ⚠️ ${mdText(w, 2_000)}`);
    out.push('', mdRow([...SECTIONS.map((s) => s.title), 'Not compared']), mdRow([...SECTIONS.map(() => '---:'), '---:']));
    out.push(mdRow([...SECTIONS.map((s) => r[s.key].length), r.notCompared]));
    if (!r.newFailures.length) out.push('', '**No new failures.**');
    for (const s of SECTIONS) out.push(...markdownSection(s.key, s.title, s.note, r[s.key], limits[s.key], s.key === 'stillFailing'));
    if (cut) out.push('', `_Shortened to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit._`);
    return `${out.join('\n')}\n`;
  };
  let text = render(false);
  // Still-failing rows go first, then every section's, until the comment fits.
  const order: SectionKey[] = ['stillFailing', 'otherChanges', 'nowMuted', 'noLongerJudged', 'fixed', 'newFailures'];
  for (const key of order) {
    while (text.length > maxChars && limits[key] > 0) {
      limits[key] = Math.max(0, Math.min(limits[key], r[key].length) - Math.ceil((text.length - maxChars) / 200));
      text = render(true);
    }
  }
  return text;
}
