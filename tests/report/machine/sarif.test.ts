import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { renderSarif } from '../../../src/report/sarif.js';
import { findingKey } from '../../../src/report/finding-key.js';
import { HOSTILE, machineDoc } from './fixture.js';

// The SARIF 2.1.0 schema (rtm.5, the one the 2.1.0 standard was published with), vendored from
// @microsoft/jest-sarif (MIT); it is JSON Schema draft-04.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// ajv-draft-04 is CommonJS with `exports.default`: under NodeNext its class is the default's default.
const Ajv = AjvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; properties: { 'security-severity': string; tags: string[] } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('sarif report', () => {
  it('matches the golden file for the fixed document', async () => {
    await expect(renderSarif(machineDoc())).toMatchFileSnapshot('../../fixtures/golden/bulwark-findings.sarif');
  });

  it('is valid against the SARIF 2.1.0 schema, hostile strings included', () => {
    for (const doc of [machineDoc(), machineDoc({ hostile: true })]) {
      const log = JSON.parse(renderSarif(doc)) as unknown;
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('has one rule per check and one result per FAIL finding, levels and fingerprints as documented', () => {
    const doc = machineDoc();
    const log = JSON.parse(renderSarif(doc)) as SarifLog;
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(doc.checks.map((c) => c.id).sort());
    const fails = doc.findings.filter((f) => f.status === 'FAIL');
    expect(run.results).toHaveLength(fails.length);
    for (const r of run.results) {
      const f = fails.find((x) => x.resourceArn === r.locations[0]?.logicalLocations[0]?.fullyQualifiedName && x.checkId === r.ruleId)!;
      expect(f).toBeDefined();
      expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(r.message.text).toBe(f.reason);
      expect(r.partialFingerprints['bulwarkFinding/v1']).toBe(findingKey(f));
      expect(r.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' }[f.severity]);
    }
    const root = run.tool.driver.rules.find((r) => r.id === 'test-root-mfa')!;
    expect(root.properties['security-severity']).toBe('9.5');
    expect(root.properties.tags).toEqual(expect.arrayContaining(['fsbp:IAM.9', 'cis-3.0:1.5']));
  });

  it('carries hostile names as data: JSON-escaped, read back unchanged', () => {
    const log = JSON.parse(renderSarif(machineDoc({ hostile: true }))) as SarifLog;
    const r = log.runs[0]!.results.find((x) => x.ruleId === 'test-hostile-names')!;
    expect(r.message.text).toBe(`Queue ${HOSTILE} is open.`);
    expect(r.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toBe(`arn:aws:sqs:us-east-1:123456789012:${HOSTILE}`);
  });
});
