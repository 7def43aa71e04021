/** Process figures read from /proc (Linux): the benchmark reports moto's memory next to the scan's. */
import { readdirSync, readFileSync } from 'node:fs';

/** PIDs whose command line contains every one of the given arguments, in order, next to each other. */
export function pidsByCommandLine(args: string[]): number[] {
  const want = args.join('\0');
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(want)) out.push(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** Resident set size (current, and peak "high water mark") in KiB, or undefined once the process is gone. */
export function memoryKiB(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}
