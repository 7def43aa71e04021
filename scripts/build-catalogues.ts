/**
 * Builds Bulwark's framework catalogues (src/frameworks/{security-hub,cis-aws-v3,checklist}.ts;
 * fsbp.ts derives the FSBP subset at load time)
 * from reference data: a Security Hub controls export (`security-hub-controls.jsonl`: one control per
 * line with Id, Title, Severity and ApplicableStandards), a CIS AWS Foundations v3.0.0 export
 * (`cis_3.0_aws.json`), a CIS v5.0.0 export (`cis_5.0_aws.json`) and the project's checklist (docs/checklist.md). The generated files are
 * committed and are the source of truth at runtime; the reference exports are not part of the
 * repository, so regenerating needs them passed in.
 *
 *   npx tsx scripts/build-catalogues.ts --reference-dir DIR [--checklist FILE] [--out DIR] [--check]
 *
 * --reference-dir (or BULWARK_REFERENCE_DIR) is required; --checklist defaults to docs/checklist.md,
 * --out to src/frameworks/. `--check` writes nothing and exits 1 when a generated file differs from
 * what is committed.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../src/model/vocabulary.js';
import type { ChecklistRow, CisRequirement, SecurityHubControl } from '../src/frameworks/types.js';
import { fsbpOf } from '../src/frameworks/fsbp.js';

export const FSBP_STANDARD = 'AWS Foundational Security Best Practices v1.0.0';

// ---------------------------------------------------------------- Security Hub / FSBP

interface RawSecurityHubControl {
  Id: string;
  Title: string;
  ApplicableStandards: string[];
  Severity: string;
}

/**
 * The scrape spells the FSBP standard two ways ('... Best Practices' and '... v1.0.0'; there is one
 * version only), once glues it to the previous name without a comma (CloudTrail.2), leaves
 * trailing commas ('PCI DSS v4.0.1,') and has empty names: normalise all of these.
 */
export function normaliseStandards(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of raw) {
    let s = entry.trim().replace(/,+$/, '').trim();
    if (!s) continue;
    const glued = /^(.*\S)\s+(AWS Foundational Security Best Practices.*)$/.exec(s);
    if (glued?.[1] && glued[2]) {
      out.push(glued[1]);
      s = glued[2];
    }
    if (/^AWS Foundational Security Best Practices(\s+v1\.0\.0)?$/.test(s)) s = FSBP_STANDARD;
    out.push(s);
  }
  return [...new Set(out)];
}

const SEVERITY: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFORMATIONAL: 'informational',
};

export function parseSecurityHub(jsonl: string): SecurityHubControl[] {
  const controls = jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const raw = JSON.parse(line) as RawSecurityHubControl;
      const severity = SEVERITY[raw.Severity.toUpperCase()];
      if (!severity) throw new Error(`security-hub-controls.jsonl line ${i + 1}: unknown severity ${raw.Severity}`);
      if (!/^[A-Za-z0-9]+\.\d+$/.test(raw.Id)) throw new Error(`security-hub-controls.jsonl line ${i + 1}: unexpected id ${raw.Id}`);
      const standards = normaliseStandards(raw.ApplicableStandards);
      return {
        id: raw.Id,
        title: raw.Title.trim(),
        section: raw.Id.split('.')[0] as string,
        severity,
        standards,
        fsbp: standards.includes(FSBP_STANDARD),
      } satisfies SecurityHubControl;
    });
  assertUnique(
    'Security Hub',
    controls.map((c) => c.id),
  );
  return controls.sort((a, b) => compareControlIds(a.id, b.id));
}

export { fsbpOf };

// ---------------------------------------------------------------- CIS v3.0.0 and v5.0.0

interface RawCis {
  Requirements: {
    Id: string;
    Description: string;
    Attributes: { Section: string; SubSection?: string; Profile: string; AssessmentStatus: string }[];
  }[];
}

/**
 * The v5.0.0 export writes recommendation 1.10 as "1.1" (a number that went through a float), so
 * 1.1 appears twice. Recommendations are numbered in order: an ID that repeats right after `N.9`
 * is `N.10`. Anything else that repeats is an error.
 */
function repairFloatIds(reqs: RawCis['Requirements']): RawCis['Requirements'] {
  const seen = new Set<string>();
  return reqs.map((r, i) => {
    let id = String(r.Id);
    const prev = i > 0 ? String(reqs[i - 1]!.Id) : '';
    const m = /^(\d+(?:\.\d+)*)\.1$/.exec(id);
    if (seen.has(id) && m && prev === `${m[1]}.9`) id = `${m[1]}.10`;
    seen.add(id);
    return { ...r, Id: id };
  });
}

export function parseCis(json: string, label = 'CIS v3.0.0'): CisRequirement[] {
  const data = JSON.parse(json) as RawCis;
  const reqs = repairFloatIds(data.Requirements).map((r) => {
    const a = r.Attributes[0];
    if (!a) throw new Error(`CIS ${r.Id}: no attributes`);
    if (a.Profile !== 'Level 1' && a.Profile !== 'Level 2') throw new Error(`CIS ${r.Id}: unexpected profile ${a.Profile}`);
    const assessment = a.AssessmentStatus.toLowerCase();
    if (assessment !== 'automated' && assessment !== 'manual') throw new Error(`CIS ${r.Id}: unexpected assessment ${a.AssessmentStatus}`);
    if (!/^\d+(\.\d+)+$/.test(r.Id)) throw new Error(`CIS: unexpected id ${r.Id}`);
    return {
      id: r.Id,
      title: r.Description.trim(),
      section: a.Section.trim(),
      ...(a.SubSection ? { subsection: a.SubSection.trim() } : {}),
      level: a.Profile,
      assessment,
    } satisfies CisRequirement;
  });
  assertUnique(
    label,
    reqs.map((r) => r.id),
  );
  return reqs.sort((a, b) => compareControlIds(a.id, b.id));
}

// ---------------------------------------------------------------- docs/checklist.md

/** Markdown to plain text: emphasis markers and code backticks go, code content stays literal. */
export function plainText(md: string): string {
  return md
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*\s][^*]*)\*/g, '$1')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 'IAM.7, IAM.15' / 'SecretsManager.1-4' / 'CloudFront.3, .5' / 'ES.1 / Opensearch.1-3' -> IDs. */
export function expandSecurityHubIds(cell: string): string[] {
  const text = plainText(cell);
  if (text === '-' || text === '') return [];
  const out: string[] = [];
  let prefix = '';
  for (const token of text
    .split(/[,/]/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9]*)\.(\d+)(?:-(\d+))?$/.exec(token);
    if (!m) throw new Error(`checklist: cannot read Security Hub id "${token}" in "${cell}"`);
    if (m[1]) prefix = m[1];
    if (!prefix) throw new Error(`checklist: "${token}" has no service prefix in "${cell}"`);
    const from = Number(m[2]);
    const to = m[3] ? Number(m[3]) : from;
    for (let n = from; n <= to; n++) out.push(`${prefix}.${n}`);
  }
  return out;
}

/** '1.8, 1.9' / '4.1-4.15' / '2.1.4' -> CIS numbers. */
export function expandCisIds(cell: string): string[] {
  const text = plainText(cell);
  if (text === '-' || text === '') return [];
  const out: string[] = [];
  for (const token of text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const m = /^((?:\d+\.)+)(\d+)(?:-\1(\d+))?$/.exec(token);
    if (!m) throw new Error(`checklist: cannot read CIS id "${token}" in "${cell}"`);
    const from = Number(m[2]);
    const to = m[3] ? Number(m[3]) : from;
    for (let n = from; n <= to; n++) out.push(`${m[1]}${n}`);
  }
  return out;
}

/**
 * Rows of the section tables, plus the items of the prose section 7 (no API can read them), which
 * get the IDs 7.1, 7.2, ... in the order the checklist lists them so that reports cover them too.
 */
export function parseChecklist(md: string): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  let section = '';
  let prose: string[] | undefined;
  const flushProse = () => {
    if (!prose) return;
    const sectionNo = /^(\d+)\./.exec(section)?.[1];
    const items = plainText(prose.join(' '))
      .replace(/\.$/, '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    items.forEach((item, i) => {
      const requirement = item.charAt(0).toUpperCase() + item.slice(1);
      rows.push({ id: `${sectionNo}.${i + 1}`, title: requirement, requirement, section, howRead: '', kind: 'manual', fsbp: [], cis: [] });
    });
    prose = undefined;
  };
  for (const line of md.split('\n')) {
    const heading = /^##\s+(\d+\..*)$/.exec(line);
    if (heading?.[1]) {
      flushProse();
      section = heading[1].trim();
      // A section with no table: its prose is a list of manual items separated by ';'.
      prose = [];
      continue;
    }
    if (!section) continue;
    if (line.startsWith('|')) {
      prose = undefined;
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const [id, requirementMd, howRead, fsbpCell, cisCell, kind] = cells;
      if (!id || !/^\d+\.\d+$/.test(id)) continue; // header and separator rows
      if (
        cells.length !== 6 ||
        requirementMd === undefined ||
        howRead === undefined ||
        fsbpCell === undefined ||
        cisCell === undefined ||
        kind === undefined
      ) {
        throw new Error(`checklist row ${id}: expected 6 cells, got ${cells.length}`);
      }
      if (kind !== 'auto' && kind !== 'local' && kind !== 'manual') throw new Error(`checklist row ${id}: unknown kind ${kind}`);
      const requirement = plainText(requirementMd);
      const read = plainText(howRead);
      rows.push({
        id,
        title: requirement,
        requirement,
        section,
        howRead: read === '-' ? '' : read,
        kind,
        fsbp: expandSecurityHubIds(fsbpCell),
        cis: expandCisIds(cisCell),
      });
    } else if (prose && line.trim()) {
      prose.push(line.trim());
    }
  }
  flushProse();
  assertUnique(
    'CHECKLIST',
    rows.map((r) => r.id),
  );
  return rows;
}

// ---------------------------------------------------------------- helpers

function assertUnique(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`${what}: duplicate id ${id}`);
    seen.add(id);
  }
}

/** 'S3.9' < 'S3.10', '1.2' < '1.10' < '2.1.1': prefix case-insensitively, then numbers. */
export function compareControlIds(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.toLowerCase().localeCompare(y.toLowerCase()) || x.localeCompare(y);
    if (c !== 0) return c;
  }
  return 0;
}

function render(source: string, typeName: string, constName: string, items: readonly object[]): string {
  return [
    `// Generated by scripts/build-catalogues.ts from ${source}. Do not edit: re-run the script.`,
    `import type { ${typeName} } from './types.js';`,
    '',
    `export const ${constName}: readonly ${typeName}[] = [`,
    ...items.map((i) => `  ${JSON.stringify(i)},`),
    '];',
    '',
  ].join('\n');
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const refDir = arg('--reference-dir') ?? process.env['BULWARK_REFERENCE_DIR'];
  if (!refDir) {
    console.error('usage: build-catalogues --reference-dir DIR [--checklist FILE] [--out DIR] [--check]');
    process.exit(2);
  }
  const checklistPath = arg('--checklist') ?? join(root, 'docs', 'checklist.md');
  const outDir = arg('--out') ?? join(root, 'src', 'frameworks');
  const checkOnly = process.argv.includes('--check');

  const securityHub = parseSecurityHub(readFileSync(join(refDir, 'security-hub-controls.jsonl'), 'utf8'));
  const fsbp = fsbpOf(securityHub);
  const cis = parseCis(readFileSync(join(refDir, 'cis_3.0_aws.json'), 'utf8'));
  const cis5 = parseCis(readFileSync(join(refDir, 'cis_5.0_aws.json'), 'utf8'), 'CIS v5.0.0');
  const checklist = parseChecklist(readFileSync(checklistPath, 'utf8'));

  // The checklist says its IDs were checked against the reference files: hold it to that.
  const shIds = new Set(securityHub.map((c) => c.id));
  const cisIds = new Set(cis.map((c) => c.id));
  const problems = checklist.flatMap((r) => [
    ...r.fsbp
      .filter((id) => !shIds.has(id))
      .map((id) => `checklist ${r.id}: Security Hub control ${id} is not in security-hub-controls.jsonl`),
    ...r.cis.filter((id) => !cisIds.has(id)).map((id) => `checklist ${r.id}: CIS ${id} is not in cis_3.0_aws.json`),
  ]);
  for (const p of problems) console.warn(`warning: ${p}`);

  const files: Record<string, string> = {
    'security-hub.ts': render('security-hub-controls.jsonl', 'SecurityHubControl', 'securityHubControls', securityHub),
    'cis-aws-v3.ts': render('cis_3.0_aws.json', 'CisRequirement', 'cisAwsV3Requirements', cis),
    'cis-aws-v5.ts': render('cis_5.0_aws.json', 'CisRequirement', 'cisAwsV5Requirements', cis5),
    'checklist.ts': render('docs/checklist.md', 'ChecklistRow', 'checklistRows', checklist),
  };
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = join(outDir, name);
    if (checkOnly) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`${path} is out of date`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
    }
  }
  console.log(
    `Security Hub ${securityHub.length} controls (FSBP ${fsbp.length}), CIS v3.0.0 ${cis.length} and v5.0.0 ${cis5.length} requirements, checklist ${checklist.length} rows${checkOnly ? '' : ` -> ${outDir}`}`,
  );
  if (stale) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
