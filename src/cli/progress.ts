import type { ProgressEvent } from '../collect/kit/context.js';

/**
 * One status line on stderr while collecting: (service, region) units done of started, and what
 * is still running. Drawn only on a TTY; anywhere else the scan prints nothing but results.
 */
export function createProgress(stream: NodeJS.WriteStream): { onEvent: (e: ProgressEvent) => void; finish: () => void } {
  if (!stream.isTTY || process.env['CI']) return { onEvent: () => undefined, finish: () => undefined };
  let started = 0;
  let done = 0;
  let errors = 0;
  const running = new Map<string, number>();
  let last = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 80) return;
    last = now;
    const services = [...running.entries()].filter(([, n]) => n > 0).map(([s, n]) => (n > 1 ? `${s}×${n}` : s));
    const line = `Collecting ${done}/${started} service×region units${errors ? `, ${errors} read errors` : ''}${services.length ? ` - ${services.slice(0, 6).join(' ')}` : ''}`;
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
    finish: () => {
      if (started) stream.write('\r\u001b[2K');
    },
  };
}
