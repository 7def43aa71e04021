import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export interface PlatformInfo {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const current = (): PlatformInfo => ({ env: process.env, platform: process.platform, home: homedir() });

/**
 * Where scans are recorded when `--history` names no file: the user's data directory, per platform
 * convention. XDG_DATA_HOME wins wherever it is set to an absolute path (the XDG spec says to
 * ignore a relative one); then %LOCALAPPDATA% on Windows, ~/Library/Application Support on macOS,
 * ~/.local/share elsewhere.
 */
export function defaultHistoryPath(p: PlatformInfo = current()): string {
  // The platform's own path rules, so the result is right (and testable) whatever the host.
  const path = p.platform === 'win32' ? win32 : posix;
  const join = (...parts: string[]) => path.join(...parts);
  const dir = (base: string) => join(base, 'bulwark', 'history.sqlite');
  const xdg = p.env['XDG_DATA_HOME'];
  if (xdg && path.isAbsolute(xdg)) return dir(xdg);
  if (p.platform === 'win32') return dir(p.env['LOCALAPPDATA'] || join(p.home, 'AppData', 'Local'));
  if (p.platform === 'darwin') return dir(join(p.home, 'Library', 'Application Support'));
  return dir(join(p.home, '.local', 'share'));
}
