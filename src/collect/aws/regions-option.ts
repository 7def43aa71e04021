import { UsageError } from '../../errors.js';

export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** Parses --region: 'all' (default) or a comma list; malformed names are usage errors. */
export function parseRegionOption(value: string | undefined): 'all' | string[] {
  if (value === undefined || value.trim() === 'all') return 'all';
  const list = [
    ...new Set(
      value
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
  // `--region ""` (an unset shell variable) must not silently widen to every region.
  if (!list.length) throw new UsageError(`--region needs region names like us-east-1, or "all"; got ${JSON.stringify(value)}.`);
  if (list.length === 1 && list[0] === 'all') return 'all';
  if (list.includes('all')) throw new UsageError('--region "all" cannot be combined with region names: pass "all" alone, or only names.');
  const bad = list.filter((r) => !REGION_PATTERN.test(r));
  if (bad.length)
    throw new UsageError(
      `Unknown region ${bad.map((b) => JSON.stringify(b)).join(', ')}: expected AWS region names like us-east-1, or "all".`,
    );
  return list;
}
