import { UsageError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * `--timeout` values: a number with a unit, or several (`90s`, `30m`, `1h30m`); a bare number is
 * seconds. At least 1 s (a shorter budget could not read anything) and at most 24 h.
 */
export function parseDuration(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const bad = () => new UsageError(`${flag} ${JSON.stringify(value)} is not a duration between 1s and 24h (e.g. 90s, 30m, 1h30m).`);
  let ms = 0;
  if (/^\d+$/.test(text)) ms = Number(text) * 1_000;
  else {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (!parts.length || parts.map((p) => p[0]).join('') !== text) throw bad();
    for (const p of parts) ms += Number(p[1]) * (UNIT_MS[p[2] ?? ''] ?? Number.NaN);
  }
  if (!Number.isFinite(ms) || ms < 1_000 || ms > 24 * 3_600_000) throw bad();
  return Math.round(ms);
}
