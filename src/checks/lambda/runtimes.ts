/**
 * Lambda's managed runtimes and the date each one is (or was) deprecated, maintained by hand from
 * AWS's own tables. Update it when AWS announces a runtime or moves a date: a runtime missing here
 * is reported as UNKNOWN, never as supported.
 *
 * Source: AWS Lambda Developer Guide, "Lambda runtimes" (supported runtimes with their projected
 * deprecation dates, and deprecated runtimes with the date they were deprecated):
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * Deprecation policy (what "deprecated" means: no more security patches, then create and update
 * are blocked): https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
 *
 * `deprecation` is the date in the "Deprecation date" column (the first phase, when Lambda stops
 * patching the runtime), as YYYY-MM-DD; AWS's phases start at 00:00 Pacific time, so the table is read as UTC
 * midnight, at most a few hours early.
 */
export interface LambdaRuntime {
  /** The runtime identifier Lambda reports in `Runtime`. */
  id: string;
  /** Human name, e.g. "Node.js 22". */
  name: string;
  /** Deprecation date (YYYY-MM-DD), past or projected. */
  deprecation: string;
  /** OS-only runtimes (`provided*`): the language is the customer's, so only the OS is dated. */
  osOnly?: boolean;
}

/** Table as of 2026-12; newest first within each language. */
export const LAMBDA_RUNTIMES: readonly LambdaRuntime[] = [
  // Node.js
  { id: 'nodejs24.x', name: 'Node.js 24', deprecation: '2028-04-30' },
  { id: 'nodejs22.x', name: 'Node.js 22', deprecation: '2027-04-30' },
  { id: 'nodejs20.x', name: 'Node.js 20', deprecation: '2026-04-30' },
  { id: 'nodejs18.x', name: 'Node.js 18', deprecation: '2025-09-01' },
  { id: 'nodejs16.x', name: 'Node.js 16', deprecation: '2024-06-12' },
  { id: 'nodejs14.x', name: 'Node.js 14', deprecation: '2023-12-04' },
  { id: 'nodejs12.x', name: 'Node.js 12', deprecation: '2023-03-31' },
  { id: 'nodejs10.x', name: 'Node.js 10', deprecation: '2021-07-30' },
  { id: 'nodejs8.10', name: 'Node.js 8.10', deprecation: '2020-03-06' },
  { id: 'nodejs6.10', name: 'Node.js 6.10', deprecation: '2019-08-12' },
  { id: 'nodejs4.3', name: 'Node.js 4.3', deprecation: '2020-03-06' },
  { id: 'nodejs4.3-edge', name: 'Node.js 4.3 edge', deprecation: '2019-04-30' },
  { id: 'nodejs', name: 'Node.js 0.10', deprecation: '2016-10-31' },
  // Python
  { id: 'python3.14', name: 'Python 3.14', deprecation: '2029-06-30' },
  { id: 'python3.13', name: 'Python 3.13', deprecation: '2029-06-30' },
  { id: 'python3.12', name: 'Python 3.12', deprecation: '2028-10-31' },
  { id: 'python3.11', name: 'Python 3.11', deprecation: '2026-06-30' },
  { id: 'python3.10', name: 'Python 3.10', deprecation: '2026-06-30' },
  { id: 'python3.9', name: 'Python 3.9', deprecation: '2025-12-15' },
  { id: 'python3.8', name: 'Python 3.8', deprecation: '2024-10-14' },
  { id: 'python3.7', name: 'Python 3.7', deprecation: '2023-12-04' },
  { id: 'python3.6', name: 'Python 3.6', deprecation: '2022-07-18' },
  { id: 'python2.7', name: 'Python 2.7', deprecation: '2021-07-15' },
  // Java
  { id: 'java25', name: 'Java 25', deprecation: '2029-06-30' },
  { id: 'java21', name: 'Java 21', deprecation: '2029-06-30' },
  { id: 'java17', name: 'Java 17', deprecation: '2026-06-30' },
  { id: 'java11', name: 'Java 11', deprecation: '2026-06-30' },
  { id: 'java8.al2', name: 'Java 8 (Amazon Linux 2)', deprecation: '2026-06-30' },
  { id: 'java8', name: 'Java 8 (Amazon Linux 1)', deprecation: '2024-01-08' },
  // .NET
  { id: 'dotnet10', name: '.NET 10', deprecation: '2028-11-14' },
  { id: 'dotnet8', name: '.NET 8', deprecation: '2026-11-10' },
  { id: 'dotnet7', name: '.NET 7 (container only)', deprecation: '2024-05-14' },
  { id: 'dotnet6', name: '.NET 6', deprecation: '2024-12-20' },
  { id: 'dotnet5.0', name: '.NET 5 (container only)', deprecation: '2022-05-10' },
  { id: 'dotnetcore3.1', name: '.NET Core 3.1', deprecation: '2023-04-03' },
  { id: 'dotnetcore2.1', name: '.NET Core 2.1', deprecation: '2022-01-05' },
  { id: 'dotnetcore2.0', name: '.NET Core 2.0', deprecation: '2019-05-30' },
  { id: 'dotnetcore1.0', name: '.NET Core 1.0', deprecation: '2019-07-30' },
  // Ruby
  { id: 'ruby3.4', name: 'Ruby 3.4', deprecation: '2028-03-31' },
  { id: 'ruby3.3', name: 'Ruby 3.3', deprecation: '2027-03-31' },
  { id: 'ruby3.2', name: 'Ruby 3.2', deprecation: '2026-03-31' },
  { id: 'ruby2.7', name: 'Ruby 2.7', deprecation: '2023-12-07' },
  { id: 'ruby2.5', name: 'Ruby 2.5', deprecation: '2021-07-30' },
  // Go (go1.x was replaced by the OS-only runtimes)
  { id: 'go1.x', name: 'Go 1.x', deprecation: '2024-01-08' },
  // OS-only
  { id: 'provided.al2023', name: 'OS-only runtime (Amazon Linux 2023)', deprecation: '2029-06-30', osOnly: true },
  { id: 'provided.al2', name: 'OS-only runtime (Amazon Linux 2)', deprecation: '2026-06-30', osOnly: true },
  { id: 'provided', name: 'OS-only runtime (Amazon Linux)', deprecation: '2024-01-08', osOnly: true },
];

const BY_ID = new Map(LAMBDA_RUNTIMES.map((r) => [r.id, r]));

/** The table row of a runtime identifier, or undefined when the table does not know it. */
export const lambdaRuntime = (id: string): LambdaRuntime | undefined => BY_ID.get(id);

/** Whether the runtime is deprecated at `now` (its deprecation date has come). */
export const isDeprecated = (r: LambdaRuntime, now: Date): boolean => Date.parse(`${r.deprecation}T00:00:00Z`) <= now.getTime();
