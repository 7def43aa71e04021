import type { ProgressEvent } from '../collect/kit/context.js';
import { terminalSafe } from '../report/terminal-safe.js';

/** What the scan has been waiting on for a while (see collectAccount's onWaiting). */
export interface WaitingFor {
  action: string;
  endpoint: string;
  seconds: number;
}

/** "waiting for sts:GetCallerIdentity at https://sts.us-east-1.amazonaws.com… (5s)" */
export const describeWaiting = (w: WaitingFor): string =>
  `waiting for ${terminalSafe(w.action)} at ${terminalSafe(w.endpoint)}… (${w.seconds}s)`;

/**
 * One status line on stderr while collecting: (service, region) units done of started, and what
 * is still running. Drawn only on a TTY; anywhere else the scan prints nothing but results.
 */
export function createProgress(stream: NodeJS.WriteStream): {
  onEvent: (e: ProgressEvent) => void;
  onWaiting: (w: WaitingFor | undefined) => void;
  finish: () => void;
} {
  if (!stream.isTTY || process.env['CI']) return { onEvent: () => undefined, onWaiting: () => undefined, finish: () => undefined };
  let started = 0;
  let done = 0;
  let errors = 0;
  const running = new Map<string, number>();
  let last = 0;
  let waiting: WaitingFor | undefined;
  let drawn = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 80) return;
    last = now;
    const services = [...running.entries()].filter(([, n]) => n > 0).map(([s, n]) => (n > 1 ? `${s}×${n}` : s));
    const units = `Collecting ${done}/${started} service×region units${errors ? `, ${errors} read errors` : ''}`;
    // A call outstanding for seconds is named: a slow or unreachable endpoint should not look like a hang.
    const tail = waiting ? describeWaiting(waiting) : services.slice(0, 6).join(' ');
    const line = started ? `${units}${tail ? ` - ${tail}` : ''}` : waiting ? describeWaiting(waiting) : '';
    if (!line) {
      if (drawn) stream.write('\r\u001b[2K');
      return;
    }
    drawn = true;
    const width = stream.columns || 100;
    stream.write(`\r\u001b[2K${line.slice(0, width - 1)}`);
  };
  return {
    onEvent: (e) => {
      if (e.type === 'start') {
        started++;
        running.set(e.service, (running.get(e.service) ?? 0) + 1);
      } else {
        done++;
        errors += e.errors;
        running.set(e.service, (running.get(e.service) ?? 1) - 1);
      }
      draw();
    },
    onWaiting: (w) => {
      if (!w && !waiting) return;
      waiting = w;
      draw(true);
    },
    finish: () => {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
