import { describe, it, expect } from 'vitest';
import { allKeyed, andThen, andThenPresent, mapObserved, ok } from '../../src/collect/kit/observed.js';
import { readList } from '../../src/collect/kit/list.js';
import { createReader } from '../../src/collect/kit/read.js';
import { iso } from '../../src/collect/kit/time.js';
import type { Observed } from '../../src/model/observed.js';

const scope = { target: 'arn:aws:s3:::b', region: 'us-east-1' };
const denied = Object.assign(new Error('no'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });

describe('collector kit', () => {
  it('Reader.fail records the error, the action and an error count, and returns a failed Observed', () => {
    const reader = createReader();
    const r = reader.fail('s3:GetBucketPolicy', scope, 'Unparseable bucket policy: x');
    expect(r).toEqual({
      ok: false,
      error: {
        action: 's3:GetBucketPolicy',
        kind: 'other',
        target: scope.target,
        region: scope.region,
        message: 'Unparseable bucket policy: x',
      },
    });
    expect(reader.errors).toEqual([r.error]);
    expect(reader.actions).toEqual(new Set(['s3:GetBucketPolicy']));
    expect(reader.stats.get('s3:GetBucketPolicy')).toMatchObject({ calls: 0, errors: 1 });
  });

  it('readList merges every page and maps each item; a failed page fails the whole list', async () => {
    const reader = createReader();
    async function* pages() {
      yield { Items: [1, 2] };
      yield { Items: undefined };
      yield { Items: [3] };
    }
    expect(
      await readList(
        reader,
        'ec2:DescribeVpcs',
        scope,
        pages,
        (p) => p.Items,
        (n) => n * 10,
      ),
    ).toEqual({ ok: true, value: [10, 20, 30] });
    async function* failing() {
      yield { Items: [1] };
      throw denied;
    }
    const r = await readList(
      reader,
      'ec2:DescribeSubnets',
      scope,
      failing,
      (p) => p.Items,
      (n) => n,
    );
    expect(r).toMatchObject({ ok: false, error: { action: 'ec2:DescribeSubnets', kind: 'access-denied' } });
  });

  it('allKeyed returns each read under its own key', async () => {
    expect(await allKeyed({ a: Promise.resolve(1), b: Promise.resolve('x') })).toEqual({ a: 1, b: 'x' });
  });

  it('andThen and andThenPresent pass failures (and null) through untouched', async () => {
    const failed: Observed<number | null> = {
      ok: false,
      error: { action: 'a:B', kind: 'other', target: 't', region: 'global', message: 'm' },
    };
    const double = async (n: number) => ok(n * 2);
    expect(await andThen(ok(2), double)).toEqual(ok(4));
    expect(await andThenPresent(failed, double)).toBe(failed);
    expect(await andThenPresent(ok(null), double)).toEqual(ok(null));
    expect(mapObserved(failed, () => 1)).toBe(failed);
  });

  it('iso keeps valid dates and turns missing or invalid ones into null instead of throwing', () => {
    expect(iso(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(iso(undefined)).toBeNull();
    expect(iso(new Date('not a date'))).toBeNull();
  });
});
