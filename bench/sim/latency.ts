/**
 * Added latency per call: a log-normal distribution given by its median and 99th percentile
 * (control-plane calls have a long right tail), drawn from a seeded generator so a run repeats.
 */

/** mulberry32: a small, fast, seedable 32-bit generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LatencyModel {
  medianMs: number;
  p99Ms: number;
}

/** z of the 99th percentile of the standard normal distribution. */
const Z99 = 2.326348;

/** A sampler of latencies in ms; median 0 means no added latency. */
export function logNormalSampler(model: LatencyModel, random: () => number): () => number {
  if (model.medianMs <= 0) return () => 0;
  const sigma = Math.log(Math.max(model.p99Ms, model.medianMs) / model.medianMs) / Z99;
  return () => {
    // Box-Muller; 1 - u keeps the log argument in (0, 1].
    const u = 1 - random();
    const v = random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return model.medianMs * Math.exp(sigma * z);
  };
}
