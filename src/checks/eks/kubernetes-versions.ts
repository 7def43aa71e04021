/**
 * Amazon EKS Kubernetes versions with their support dates, from the Amazon EKS release calendar:
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar
 * (cross-checked with https://endoflife.date/amazon-eks). A minor version gets 14 months of
 * standard support after its EKS release, then 12 months of extended support (paid).
 *
 * Maintenance: when EKS releases a version, add a row (the calendar gives both dates). The check
 * never guesses about a version newer than the newest row: it reports it as undecided, naming
 * this table's date, so a stale table shows up in scans instead of passing silently.
 */
export interface EksVersionSupport {
  /** Kubernetes minor version as DescribeCluster reports it: `1.33` */
  version: string;
  /** Amazon EKS release date (ISO date) */
  released: string;
  /** Last day of standard support (ISO date): after it the version is in extended support */
  endOfStandardSupport: string;
  /** Last day of extended support (ISO date): after it EKS upgrades the cluster */
  endOfExtendedSupport: string;
}

/** When the rows below were last checked against the calendar. */
export const EKS_VERSIONS_CHECKED = '2026-02-14';

export const EKS_VERSIONS: readonly EksVersionSupport[] = [
  { version: '1.23', released: '2022-08-11', endOfStandardSupport: '2023-10-11', endOfExtendedSupport: '2024-10-11' },
  { version: '1.24', released: '2022-11-15', endOfStandardSupport: '2024-01-31', endOfExtendedSupport: '2025-01-31' },
  { version: '1.25', released: '2023-02-21', endOfStandardSupport: '2024-05-01', endOfExtendedSupport: '2025-05-01' },
  { version: '1.26', released: '2023-04-11', endOfStandardSupport: '2024-06-11', endOfExtendedSupport: '2025-06-11' },
  { version: '1.27', released: '2023-05-24', endOfStandardSupport: '2024-07-24', endOfExtendedSupport: '2025-07-24' },
  { version: '1.28', released: '2023-09-26', endOfStandardSupport: '2024-11-26', endOfExtendedSupport: '2025-11-26' },
  { version: '1.29', released: '2024-01-23', endOfStandardSupport: '2025-03-23', endOfExtendedSupport: '2026-03-23' },
  { version: '1.30', released: '2024-05-23', endOfStandardSupport: '2025-07-23', endOfExtendedSupport: '2026-07-23' },
  { version: '1.31', released: '2024-09-26', endOfStandardSupport: '2025-11-26', endOfExtendedSupport: '2026-11-26' },
  { version: '1.32', released: '2025-01-23', endOfStandardSupport: '2026-03-23', endOfExtendedSupport: '2027-03-23' },
  { version: '1.33', released: '2025-05-29', endOfStandardSupport: '2026-07-29', endOfExtendedSupport: '2027-07-29' },
  { version: '1.34', released: '2025-10-02', endOfStandardSupport: '2026-12-02', endOfExtendedSupport: '2027-12-02' },
  { version: '1.35', released: '2026-01-27', endOfStandardSupport: '2027-03-27', endOfExtendedSupport: '2028-03-27' },
];

/** `1.33` → [1, 33]; null for anything that is not MAJOR.MINOR. */
export function parseMinor(version: string): [number, number] | null {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export type VersionStanding =
  | { kind: 'standard'; row: EksVersionSupport }
  | { kind: 'extended'; row: EksVersionSupport }
  | { kind: 'ended'; row: EksVersionSupport | null }
  | { kind: 'newer-than-table' }
  | { kind: 'unparsable' };

/** Where `version` stands on `now` (a day counts as supported through its end, UTC). */
export function versionStanding(version: string, now: Date, table: readonly EksVersionSupport[] = EKS_VERSIONS): VersionStanding {
  const v = parseMinor(version);
  if (!v) return { kind: 'unparsable' };
  const row = table.find((r) => r.version === `${v[0]}.${v[1]}`);
  const endOfDay = (d: string) => Date.parse(`${d}T23:59:59.999Z`);
  if (!row) {
    const parsed = table.map((r) => parseMinor(r.version)).filter((x): x is [number, number] => x !== null);
    const newest = parsed.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a), [0, 0]);
    const newer = v[0] > newest[0] || (v[0] === newest[0] && v[1] > newest[1]);
    return newer ? { kind: 'newer-than-table' } : { kind: 'ended', row: null };
  }
  if (now.getTime() <= endOfDay(row.endOfStandardSupport)) return { kind: 'standard', row };
  if (now.getTime() <= endOfDay(row.endOfExtendedSupport)) return { kind: 'extended', row };
  return { kind: 'ended', row };
}
