import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checklistRows,
  cisAwsV3Requirements,
  cisAwsV5Requirements,
  findControl,
  findSecurityHubControl,
  frameworks,
  fsbpControls,
  isKnownRef,
  securityHubControls,
} from '../../src/frameworks/index.js';
import {
  expandCisIds,
  expandSecurityHubIds,
  fsbpOf,
  normaliseStandards,
  parseChecklist,
  parseCis,
  parseSecurityHub,
  plainText,
} from '../../scripts/build-catalogues.js';

// The checklist is the project's own document; the Security Hub and CIS exports are not in the
// repository. Point BULWARK_REFERENCE_DIR at them to also check the committed catalogues against
// them; without it, the catalogues are checked against the sizes the exports had when generated.
const CHECKLIST = fileURLToPath(new URL('../../docs/checklist.md', import.meta.url));
const REF = process.env['BULWARK_REFERENCE_DIR'] ?? '';
const haveReference = REF !== '' && existsSync(`${REF}/security-hub-controls.jsonl`) && existsSync(`${REF}/cis_3.0_aws.json`);

describe('framework catalogues', () => {
  it('have the sizes of the reference files', () => {
    expect(securityHubControls).toHaveLength(571);
    expect(fsbpControls).toHaveLength(358);
    expect(cisAwsV3Requirements).toHaveLength(62);
    expect(cisAwsV5Requirements).toHaveLength(63);
    expect(frameworks['cis-5.0'].controls).toBe(cisAwsV5Requirements);
    // 107 table rows plus the 7 prose items of section 7.
    expect(checklistRows).toHaveLength(114);
    expect(checklistRows.filter((r) => !r.id.startsWith('7.'))).toHaveLength(107);
    expect(frameworks.fsbp.controls).toBe(fsbpControls);
    expect(frameworks['cis-3.0'].controls).toBe(cisAwsV3Requirements);
    expect(frameworks.checklist.controls).toBe(checklistRows);
  });

  it.skipIf(!haveReference)('are what the build script generates from the reference files today', () => {
    const sh = parseSecurityHub(readFileSync(`${REF}/security-hub-controls.jsonl`, 'utf8'));
    expect(sh).toEqual(securityHubControls);
    expect(fsbpOf(sh)).toEqual(fsbpControls);
    expect(parseCis(readFileSync(`${REF}/cis_3.0_aws.json`, 'utf8'))).toEqual(cisAwsV3Requirements);
    expect(parseCis(readFileSync(`${REF}/cis_5.0_aws.json`, 'utf8'), 'CIS v5.0.0')).toEqual(cisAwsV5Requirements);
    const lines = readFileSync(`${REF}/security-hub-controls.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    expect(sh).toHaveLength(lines.length);
  });

  it('hold exactly the rows of docs/checklist.md', () => {
    const text = readFileSync(CHECKLIST, 'utf8');
    expect(parseChecklist(text)).toEqual(checklistRows);
    const tableRows = text.split('\n').filter((l) => /^\| \d+\.\d+ \|/.test(l));
    expect(checklistRows.filter((r) => !r.id.startsWith('7.'))).toHaveLength(tableRows.length);
  });

  it('have no duplicate ids', () => {
    for (const list of [securityHubControls, fsbpControls, cisAwsV3Requirements, checklistRows]) {
      const ids = list.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('hold known FSBP controls with their AWS severity', () => {
    expect(findControl('fsbp', 'S3.9')).toEqual({
      id: 'S3.9',
      title: 'S3 general purpose buckets should have server access logging enabled',
      section: 'S3',
      severity: 'medium',
    });
    expect(findControl('fsbp', 'IAM.4')?.severity).toBe('critical');
    expect(findControl('fsbp', 'Account.1')?.severity).toBe('medium');
    // Glued to the previous standard's name in the scrape ('... v1.4.0 AWS Foundational ...').
    expect(findControl('fsbp', 'CloudTrail.2')).toBeDefined();
    // Security Hub controls outside FSBP: not in its catalogue, but valid Security Hub refs.
    expect(findControl('fsbp', 'IAM.28')).toBeUndefined();
    expect(findSecurityHubControl('IAM.28')).toMatchObject({
      severity: 'high',
      fsbp: false,
      standards: ['CIS AWS Foundations Benchmark v5.0.0', 'CIS AWS Foundations Benchmark v3.0.0'],
    });
    expect(findSecurityHubControl('Account.2')).toMatchObject({ severity: 'high', fsbp: false });
    expect(isKnownRef('fsbp', 'IAM.28')).toBe(true);
    expect(isKnownRef('fsbp', 'IAM.999')).toBe(false);
  });

  it('holds every FSBP member of the Security Hub list and nothing else', () => {
    const members = securityHubControls.filter((c) => c.fsbp).map((c) => c.id);
    expect(fsbpControls.map((c) => c.id)).toEqual(members);
    expect(securityHubControls.every((c) => c.standards.every((s) => s.trim() === s && s !== '' && !s.endsWith(',')))).toBe(true);
  });

  it('hold known CIS v3.0.0 recommendations', () => {
    expect(findControl('cis-3.0', '1.4')).toEqual({
      id: '1.4',
      title: "Ensure no 'root' user account access key exists",
      section: '1 Identity and Access Management',
      level: 'Level 1',
      assessment: 'automated',
    });
    expect(findControl('cis-3.0', '1.1')).toMatchObject({ assessment: 'manual', level: 'Level 1' });
    expect(findControl('cis-3.0', '2.1.1')).toMatchObject({
      section: '2 Storage',
      subsection: '2.1 Simple Storage Service (S3)',
      level: 'Level 2',
    });
    expect(cisAwsV3Requirements.filter((r) => r.assessment === 'manual').map((r) => r.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.18',
      '1.21',
      '1.22',
      '2.1.3',
      '5.5',
    ]);
    // Natural order: 1.9 before 1.10.
    const ids = cisAwsV3Requirements.map((r) => r.id);
    expect(ids.indexOf('1.9')).toBeLessThan(ids.indexOf('1.10'));
  });

  it('hold known checklist rows with their refs expanded', () => {
    expect(findControl('checklist', '3.8')).toEqual({
      id: '3.8',
      title: 'S3 server access logging on',
      requirement: 'S3 server access logging on',
      section: '3. Data protection (S3, EBS, RDS, Redshift, KMS, other stores)',
      howRead: 'GetBucketLogging',
      kind: 'auto',
      fsbp: ['S3.9'],
      cis: [],
    });
    expect(findControl('checklist', '1.26')).toMatchObject({ kind: 'manual', cis: ['1.1', '1.3'] });
    expect(findControl('checklist', '2.1')?.kind).toBe('local');
    expect(findControl('checklist', '5.9')?.cis).toHaveLength(15);
    expect(findControl('checklist', '5.9')?.fsbp).toHaveLength(14);
    expect(findControl('checklist', '7.7')).toMatchObject({
      kind: 'manual',
      requirement: 'AWS managing physical security (informational)',
    });
    expect(findControl('checklist', '1.3')?.requirement).toBe('Root user has hardware MFA (no virtual MFA serial for root)');
  });

  it('checklist refs all name real controls', () => {
    for (const row of checklistRows) {
      for (const id of row.fsbp) expect(findSecurityHubControl(id), `checklist ${row.id} -> ${id}`).toBeDefined();
      for (const id of row.cis) expect(findControl('cis-3.0', id), `checklist ${row.id} -> CIS ${id}`).toBeDefined();
    }
  });
});

describe('build-catalogues parsing', () => {
  it('expands Security Hub ID lists and ranges', () => {
    expect(expandSecurityHubIds('-')).toEqual([]);
    expect(expandSecurityHubIds('IAM.7, IAM.15, IAM.16')).toEqual(['IAM.7', 'IAM.15', 'IAM.16']);
    expect(expandSecurityHubIds('SecretsManager.1-4')).toEqual([
      'SecretsManager.1',
      'SecretsManager.2',
      'SecretsManager.3',
      'SecretsManager.4',
    ]);
    expect(expandSecurityHubIds('CloudFront.3, .5')).toEqual(['CloudFront.3', 'CloudFront.5']);
    expect(expandSecurityHubIds('ES.1 / Opensearch.1-2')).toEqual(['ES.1', 'Opensearch.1', 'Opensearch.2']);
    expect(() => expandSecurityHubIds('see notes')).toThrow(/cannot read/);
  });

  it('expands CIS lists and ranges', () => {
    expect(expandCisIds('1.8, 1.9')).toEqual(['1.8', '1.9']);
    expect(expandCisIds('4.1-4.3')).toEqual(['4.1', '4.2', '4.3']);
    expect(expandCisIds('2.1.4')).toEqual(['2.1.4']);
    expect(() => expandCisIds('4.1-5.2')).toThrow(/cannot read/);
  });

  it("normalises the scrape's standard names", () => {
    expect(normaliseStandards(['AWS Foundational Security Best Practices', 'PCI DSS v4.0.1,', ''])).toEqual([
      'AWS Foundational Security Best Practices v1.0.0',
      'PCI DSS v4.0.1',
    ]);
    expect(normaliseStandards(['CIS AWS Foundations Benchmark v1.4.0 AWS Foundational Security Best Practices v1.0.0'])).toEqual([
      'CIS AWS Foundations Benchmark v1.4.0',
      'AWS Foundational Security Best Practices v1.0.0',
    ]);
  });

  it('turns markdown into plain text, keeping code literal', () => {
    expect(plainText('Root user has *hardware* MFA')).toBe('Root user has hardware MFA');
    expect(plainText('No policy grants `"*:*"` admin, **really**')).toBe('No policy grants "*:*" admin, really');
  });

  it('reads checklist tables and the prose section', () => {
    const md = [
      '# Title',
      '## 1. Things',
      '| # | requirement | how it is read | FSBP | CIS | kind |',
      '|---|---|---|---|---|---|',
      '| 1.1 | A `thing` | ReadIt | IAM.4 | 1.4 | auto |',
      '| 1.2 | Another | - | - | - | manual |',
      '## 2. Prose',
      'First item; second',
      'item (informational).',
    ].join('\n');
    expect(parseChecklist(md)).toEqual([
      {
        id: '1.1',
        title: 'A thing',
        requirement: 'A thing',
        section: '1. Things',
        howRead: 'ReadIt',
        kind: 'auto',
        fsbp: ['IAM.4'],
        cis: ['1.4'],
      },
      { id: '1.2', title: 'Another', requirement: 'Another', section: '1. Things', howRead: '', kind: 'manual', fsbp: [], cis: [] },
      { id: '2.1', title: 'First item', requirement: 'First item', section: '2. Prose', howRead: '', kind: 'manual', fsbp: [], cis: [] },
      {
        id: '2.2',
        title: 'Second item (informational)',
        requirement: 'Second item (informational)',
        section: '2. Prose',
        howRead: '',
        kind: 'manual',
        fsbp: [],
        cis: [],
      },
    ]);
    expect(() => parseChecklist('## 1. X\n| 1.1 | a | b | - | - | sometimes |')).toThrow(/unknown kind/);
  });

  it('rejects duplicate ids', () => {
    const line = JSON.stringify({ Id: 'S3.1', Title: 't', ApplicableStandards: [], Severity: 'LOW' });
    expect(() => parseSecurityHub(`${line}\n${line}\n`)).toThrow(/duplicate id S3.1/);
  });
});
