import { describe, it, expect } from 'vitest';
import { loadInventory } from '../../../src/model/inventory-file.js';
import { evaluateInventory } from '../../../src/evaluate/run.js';
import { allChecks } from '../../../src/checks/index.js';
import { asffBatches, renderAsff } from '../../../src/report/asff.js';
import type { FindingsDocument } from '../../../src/evaluate/finding.js';
import { HOSTILE, machineDoc } from './fixture.js';

const REQUIRED = [
  'SchemaVersion',
  'Id',
  'ProductArn',
  'GeneratorId',
  'AwsAccountId',
  'Types',
  'CreatedAt',
  'UpdatedAt',
  'Severity',
  'Title',
  'Description',
  'Resources',
];

describe('asff report', () => {
  it('matches the golden file for the fixed document', async () => {
    await expect(renderAsff(machineDoc())).toMatchFileSnapshot('../../fixtures/golden/bulwark-findings.asff.json');
  });

  it('has every attribute BatchImportFindings requires, statuses and workflow mapped as documented', () => {
    const doc = machineDoc();
    const [batch] = asffBatches(doc, { homeRegion: 'eu-west-1' });
    expect(batch).toHaveLength(doc.findings.length);
    for (const f of batch!) {
      for (const key of REQUIRED) expect(f).toHaveProperty(key);
      expect(f.SchemaVersion).toBe('2018-10-08');
      expect(f.ProductArn).toBe(`arn:aws:securityhub:eu-west-1:${doc.account.id}:product/${doc.account.id}/default`);
      expect(f.RecordState).toBe('ACTIVE');
    }
    const byArn = (arn: string) => batch!.find((f) => f.ProductFields['bulwark/CheckId'] && f.Resources[0]?.Id === arn)!;
    expect(byArn('arn:aws:s3:::open-bucket')).toMatchObject({
      GeneratorId: 'test-bucket-private',
      Severity: { Label: 'HIGH' },
      Compliance: {
        Status: 'FAILED',
        SecurityControlId: 'S3.8',
        RelatedRequirements: ['AWS Foundational Security Best Practices v1.0.0/S3.8', 'CIS AWS Foundations Benchmark v3.0.0/2.1.4'],
      },
      Workflow: { Status: 'NEW' },
      Resources: [{ Type: 'AwsS3Bucket', Partition: 'aws', Region: 'us-east-1' }],
    });
    expect(byArn('arn:aws:s3:::closed-bucket')).toMatchObject({
      Compliance: { Status: 'PASSED' },
      Workflow: { Status: 'RESOLVED' },
      Severity: { Label: 'INFORMATIONAL', Original: 'HIGH' },
    });
    expect(byArn('arn:aws:s3:::muted-bucket')).toMatchObject({ Compliance: { Status: 'FAILED' }, Workflow: { Status: 'SUPPRESSED' } });
    expect(byArn('arn:aws:s3:::unread-bucket')).toMatchObject({ Compliance: { Status: 'NOT_AVAILABLE' } });
    // The account as AWS names it; the global finding placed in the home region.
    const root = batch!.find((f) => f.GeneratorId === 'test-root-mfa')!;
    expect(root.Resources).toEqual([
      {
        Type: 'AwsAccount',
        Id: `AWS::::Account:${doc.account.id}`,
        Partition: 'aws',
        Region: 'eu-west-1',
        Details: { Other: { 'bulwark/Scope': `arn:aws:iam::${doc.account.id}:root` } },
      },
    ]);
  });

  it('cuts batches at 100 and keeps Ids stable and unique', () => {
    const doc = machineDoc();
    const base = doc.findings[0]!;
    const many: FindingsDocument = {
      ...doc,
      findings: Array.from({ length: 250 }, (_, i) => ({ ...base, resourceArn: `arn:aws:s3:::bucket-${i}` })),
    };
    const batches = asffBatches(many);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    const ids = batches.flat().map((f) => f.Id);
    expect(new Set(ids).size).toBe(250);
    expect(
      asffBatches(many)
        .flat()
        .map((f) => f.Id),
    ).toEqual(ids);
  });

  it('truncates Title to 256 and Description to 1024 characters without splitting a character, hostile strings kept as data', () => {
    const doc = machineDoc({ hostile: true });
    const long = {
      ...doc,
      findings: doc.findings.map((f) => ({ ...f, title: '😀'.repeat(300), reason: `${HOSTILE}${'x'.repeat(2000)}` })),
    };
    for (const f of asffBatches(long).flat()) {
      expect(f.Title.length).toBeLessThanOrEqual(256);
      expect(f.Description.length).toBeLessThanOrEqual(1024);
      expect(f.Title.endsWith('😀…')).toBe(true);
      expect(f.Description.startsWith(HOSTILE)).toBe(true);
    }
    const hostile = asffBatches(doc)
      .flat()
      .find((f) => f.GeneratorId === 'test-hostile-names')!;
    expect(hostile.Resources[0]?.Id).toBe(`arn:aws:sqs:us-east-1:123456789012:${HOSTILE}`);
    expect(JSON.parse(renderAsff(doc))).toEqual(asffBatches(doc));
  });

  it('names every demo resource by an ARN as AWS writes it, or the account as AWS::::Account', async () => {
    const inventory = await loadInventory('examples/demo-inventory.json');
    const demo = evaluateInventory(inventory, allChecks, { now: new Date(inventory.finishedAt) });
    const resources = asffBatches(demo)
      .flat()
      .map((f) => f.Resources[0]!);
    expect(resources.length).toBe(demo.findings.length);
    // arn:partition:service:region:account:resource; region and account empty where AWS leaves
    // them so (S3 buckets, IAM, CloudFront; EC2 snapshots and AMIs have no account; API Gateway none);
    // AWS managed IAM policies have the account 'aws'.
    const ARN = /^arn:aws:[a-z0-9-]+:([a-z]{2}(-gov)?-[a-z]+-\d)?:(\d{12}|aws)?:[^\s]+$/;
    const notArns = resources.filter((r) => r.Type !== 'AwsAccount' && !ARN.test(r.Id)).map((r) => r.Id);
    expect(notArns).toEqual([]);
    for (const r of resources.filter((x) => x.Type === 'AwsAccount')) expect(r.Id).toBe(`AWS::::Account:${demo.account.id}`);
    // No pseudo "<service>:<region>:<account>:account" ARN reaches Security Hub as a resource Id.
    expect(resources.filter((r) => r.Id.endsWith(':account'))).toEqual([]);
    expect(resources.every((r) => r.Region !== 'global')).toBe(true);
  });
});
