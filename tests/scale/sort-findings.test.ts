import { describe, expect, it } from 'vitest';
import { compareFindings, sortFindings } from '../../src/evaluate/run.js';
import { SEVERITIES, STATUSES } from '../../src/model/vocabulary.js';
import type { Finding } from '../../src/evaluate/finding.js';
import { demoDocument } from '../report/demo-document.js';

/** A small deterministic generator (no Math.random: failures must reproduce). */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describe('sortFindings', () => {
  it('orders exactly as sort(compareFindings), stably, on the demo findings', () => {
    const findings = demoDocument().findings.reverse();
    expect(sortFindings([...findings])).toEqual([...findings].sort(compareFindings));
  });

  it('orders exactly as sort(compareFindings) on random findings with look-alike ids and resources', () => {
    const pick = rng(7);
    const ids = ['s3-a', 'S3-a', 's3-b', 'ec2-z', 'ec2-Z', 'iam.x', 'iam-x', 'é-check'];
    const arns = [
      'arn:aws:s3:::b',
      'arn:aws:s3:::B',
      'arn:aws:s3:::a-1',
      'arn:aws:s3:::a_1',
      'arn:aws:s3:::a.1',
      'arn:aws:s3:::é',
      'arn:aws:s3:::e',
    ];
    const findings = Array.from(
      { length: 3000 },
      (_, i) =>
        ({
          checkId: ids[pick(ids.length)],
          status: STATUSES[pick(STATUSES.length)],
          severity: SEVERITIES[pick(SEVERITIES.length)],
          resourceArn: arns[pick(arns.length)],
          reason: `#${i}`,
        }) as unknown as Finding,
    );
    const expected = [...findings].sort(compareFindings).map((f) => f.reason);
    expect(sortFindings([...findings]).map((f) => f.reason)).toEqual(expected);
  });
});
