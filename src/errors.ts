/** Bad usage or input (unknown check, region or service, malformed file): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The scan cannot run at all (no credentials, endpoint unreachable): exit code 3. */
export class ScanSetupError extends Error {
  override name = 'ScanSetupError';
}
