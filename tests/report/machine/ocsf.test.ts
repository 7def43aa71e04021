import { describe, it, expect } from 'vitest';
import { renderOcsf } from '../../../src/report/ocsf.js';
import { HOSTILE, machineDoc } from './fixture.js';

type Event = Record<string, unknown> & {
  metadata: { version: string; product: { name: string } };
  finding_info: { uid: string; title: string; desc: string; types: string[] };
  cloud: { provider: string; account: { uid: string }; region: string };
  resources: { uid: string; type: string; region: string }[];
  unmapped: { compliance: Record<string, string[]> };
};

/**
 * The attributes OCSF 1.3.0 requires of a Detection Finding (base event + Finding + cloud
 * profile): class/category/type/activity/severity ids, time, metadata (product, version),
 * finding_info.uid and cloud.provider; title, status_id and resources are recommended and always set.
 */
function expectRequired(e: Event) {
  expect(e['class_uid']).toBe(2004);
  expect(e['category_uid']).toBe(2);
  expect(e['activity_id']).toBe(1);
  expect(e['type_uid']).toBe(200401);
  expect([1, 2, 3, 4, 5]).toContain(e['severity_id']);
  expect(typeof e['time']).toBe('number');
  expect(e.metadata.version).toBe('1.3.0');
  expect(e.metadata.product.name).toBe('Bulwark');
  expect(e.finding_info.uid).toMatch(/^[0-9a-f]{40}$/);
  expect(e.finding_info.title).toBeTruthy();
  expect(e.cloud.provider).toBe('AWS');
  expect([1, 3]).toContain(e['status_id']);
  expect(e.resources).toHaveLength(1);
}

describe('ocsf report', () => {
  it('matches the golden file for the fixed document', async () => {
    await expect(renderOcsf(machineDoc())).toMatchFileSnapshot('../../fixtures/golden/bulwark-findings.ocsf.json');
  });

  it('is a JSON array of Detection Findings with every required attribute', () => {
    const doc = machineDoc();
    const events = JSON.parse(renderOcsf(doc)) as Event[];
    expect(events).toHaveLength(doc.findings.length);
    events.forEach(expectRequired);
    expect(new Set(events.map((e) => e.finding_info.uid)).size).toBe(events.length);
  });

  it('maps status, muting, severity, compliance and the global region as documented', () => {
    const doc = machineDoc();
    const events = JSON.parse(renderOcsf(doc, { homeRegion: 'eu-west-1' })) as Event[];
    const byArn = (arn: string) => events.find((e) => e.resources[0]?.uid === arn)!;
    const open = byArn('arn:aws:s3:::open-bucket');
    expect([open['status_id'], open['status'], open['status_code'], open['severity_id'], open['severity']]).toEqual([
      1,
      'New',
      'FAIL',
      4,
      'High',
    ]);
    expect(open.unmapped.compliance).toEqual({
      'AWS Foundational Security Best Practices': ['S3.8'],
      'CIS AWS Foundations Benchmark v3.0.0': ['2.1.4'],
      'CIS AWS Foundations Benchmark v5.0.0': ['2.1.4'],
      'Bulwark checklist': ['4.1'],
    });
    const muted = byArn('arn:aws:s3:::muted-bucket');
    expect([muted['status_id'], muted['status'], muted['status_code']]).toEqual([3, 'Suppressed', 'FAIL']);
    const root = events.find((e) => e.metadata && e['status_detail'] === 'The root user has no MFA device.')!;
    expect(root.cloud.region).toBe('eu-west-1');
    expect(root.resources[0]).toMatchObject({ type: 'AwsAccount', region: 'eu-west-1' });
    expect(root.cloud.account.uid).toBe(doc.account.id);
  });

  it('keeps the finding uid stable across runs and carries hostile strings as data', () => {
    const a = JSON.parse(renderOcsf(machineDoc({ hostile: true }))) as Event[];
    const b = JSON.parse(renderOcsf({ ...machineDoc({ hostile: true }), finishedAt: '2027-01-01T00:00:00.000Z' })) as Event[];
    expect(a.map((e) => e.finding_info.uid)).toEqual(b.map((e) => e.finding_info.uid));
    const hostile = a.find((e) => e.resources[0]?.type === 'AwsSqsQueue')!;
    expect(hostile['status_detail']).toBe(`Queue ${HOSTILE} is open.`);
    expect(hostile.resources[0]?.uid).toBe(`arn:aws:sqs:us-east-1:123456789012:${HOSTILE}`);
  });
});
