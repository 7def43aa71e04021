import { describe, it, expect } from 'vitest';
import { eachRegional, pass, undecided } from '../../src/checks/define-check.js';
import type { Observed } from '../../src/model/observed.js';
import { denied, evalContext, ok } from '../builders/index.js';

const thing = (region: string, name: string) => ({ arn: `arn:aws:ec2:${region}:111122223333:thing/${name}`, region, name });
type Thing = ReturnType<typeof thing>;

describe('undecided', () => {
  it('is an UNKNOWN with the given reason and no failed read', () => {
    expect(undecided(thing('eu-west-1', 'a'), 'Thing a is in another account.')).toEqual({
      status: 'UNKNOWN',
      resourceArn: 'arn:aws:ec2:eu-west-1:111122223333:thing/a',
      region: 'eu-west-1',
      reason: 'Thing a is in another account.',
    });
  });
});

describe('eachRegional', () => {
  const byRegion: Record<string, { things: Observed<Thing[]>; label: string }> = {
    'us-east-1': { things: ok([thing('us-east-1', 'b')]), label: 'east' },
    'eu-west-1': { things: denied('ec2:DescribeThings', { region: 'eu-west-1' }), label: 'west' },
  };

  it('visits every region in order; a failed list read is one UNKNOWN for the account in that region', () => {
    const results = eachRegional(evalContext(), byRegion, 'things', 'ec2', (t, data, region) =>
      pass(t, `Thing ${t.name} in ${region} (${data.label}).`),
    );
    expect(results.map((r) => [r.status, r.region, r.resourceArn])).toEqual([
      ['UNKNOWN', 'eu-west-1', 'arn:aws:ec2:eu-west-1:111122223333:account'],
      ['PASS', 'us-east-1', 'arn:aws:ec2:us-east-1:111122223333:thing/b'],
    ]);
    expect(results[1]?.reason).toBe('Thing b in us-east-1 (east).');
    // Compile-time only: naming a field that is not an observed list is a type error.
    const _typo = () =>
      // @ts-expect-error 'label' is not an observed list
      eachRegional(evalContext(), byRegion, 'label', 'ec2', () => undefined);
  });

  it('takes a region whose data is the list itself', () => {
    const lists = { 'eu-west-1': ok([thing('eu-west-1', 'c')]) };
    expect(eachRegional(evalContext(), lists, 'kms', (t, region) => pass(t, `${t.name} ${region}`))[0]?.reason).toBe('c eu-west-1');
  });
});
