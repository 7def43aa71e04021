/**
 * "Could not read is never not configured", checked exhaustively: every Observed value in an
 * inventory is denied in turn, and the evaluation is compared with the undenied one.
 *  - On the insecure demo account: no finding may turn into PASS (a denied read hiding a failure).
 *  - On the compliant inventory: no finding may turn into FAIL (a denied read taken as "absent").
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { allChecks } from '../src/checks/index.js';
import { evaluateInventory } from '../src/evaluate/run.js';
import { parseInventory } from '../src/model/inventory-file.js';
import type { Inventory } from '../src/model/inventory.js';
import { buildInventory, readError } from './builders/index.js';

type Path = (string | number)[];

/** Paths of every `ok: true` Observed in the tree. */
function observedPaths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((x, i) => observedPaths(x, [...path, i], out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o['ok'] === true && 'value' in o) out.push(path);
    for (const [k, x] of Object.entries(o)) observedPaths(x, [...path, k], out);
  }
  return out;
}

function denyAt(inv: Inventory, path: Path): Inventory {
  const copy = structuredClone(inv) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = { ok: false, error: readError(`test:Denied${path.join('.')}`) };
  return copy as unknown as Inventory;
}

function statuses(inv: Inventory, now: Date): Map<string, string> {
  const doc = evaluateInventory(inv, allChecks, { now, finishedAt: now });
  const m = new Map<string, string>();
  // Several rows per (check, resource) are possible; keep the worst-first first one.
  for (const f of doc.findings) if (!m.has(`${f.checkId}|${f.resourceArn}`)) m.set(`${f.checkId}|${f.resourceArn}`, f.status);
  return m;
}

describe('denying any single read', () => {
  it('never turns a demo-account finding into PASS', () => {
    const demo = parseInventory(readFileSync(new URL('../examples/demo-inventory.json', import.meta.url), 'utf8'), 'demo');
    const now = new Date(demo.finishedAt);
    const base = statuses(demo, now);
    const paths = observedPaths(demo).filter((p) => p[0] !== 'regions');
    expect(paths.length).toBeGreaterThan(100);
    const falsePasses: string[] = [];
    for (const path of paths) {
      for (const [key, status] of statuses(denyAt(demo, path), now)) {
        if (status === 'PASS' && base.get(key) !== 'PASS')
          falsePasses.push(`${path.join('.')} -> ${key} ${base.get(key) ?? 'absent'} became PASS`);
      }
    }
    expect(falsePasses.slice(0, 20)).toEqual([]);
  });

  it('never turns a compliant finding into FAIL', () => {
    const inv = buildInventory();
    const now = new Date('2026-06-15T12:00:00Z');
    const base = statuses(inv, now);
    const falseFails: string[] = [];
    // Denying one region's DescribeTrails while leaving the others readable is not a state the
    // collector can produce for a multi-region trail: such a trail is listed in every region, and
    // the collector files it under another region when its home listing fails. So a FAIL there
    // ("no multi-region trail in the regions that could be listed") is correct on AWS.
    const trailListing = (p: Path) => p.length === 3 && p[0] === 'cloudtrail' && p[1] === 'trails';
    for (const path of observedPaths(inv).filter((p) => !trailListing(p))) {
      for (const [key, status] of statuses(denyAt(inv, path), now)) {
        if (status === 'FAIL' && base.get(key) !== 'FAIL') falseFails.push(`${path.join('.')} -> ${key} became FAIL`);
      }
    }
    expect(falseFails.slice(0, 20)).toEqual([]);
  });
});
