import { describe, it, expect } from 'vitest';
import { csvField, renderCsv } from '../../../src/report/csv.js';
import { HOSTILE, machineDoc } from './fixture.js';

/** A strict RFC 4180 reader: what a spreadsheet or `csv` library would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last row not ended by CRLF');
  return rows;
}

describe('csv report', () => {
  it('matches the golden file for the fixed document', async () => {
    await expect(renderCsv(machineDoc())).toMatchFileSnapshot('../../fixtures/golden/bulwark-findings.csv');
  });

  it('has a header and one row per finding, every row as wide as the header', () => {
    const doc = machineDoc();
    const rows = parseCsv(renderCsv(doc));
    expect(rows[0]).toEqual([
      'account',
      'region',
      'check id',
      'title',
      'status',
      'original status',
      'severity',
      'service',
      'resource type',
      'resource arn',
      'reason',
      'fsbp',
      'cis-3.0',
      'checklist',
      'remediation summary',
      'docs',
      'mute reason',
    ]);
    expect(rows).toHaveLength(doc.findings.length + 1);
    for (const r of rows) expect(r).toHaveLength(17);
    const muted = rows.find((r) => r[4] === 'MUTED');
    expect(muted?.slice(4, 6)).toEqual(['MUTED', 'FAIL']);
    expect(muted?.[16]).toBe('Accepted risk, ticket SEC-42');
  });

  it('round-trips hostile resource names and reasons through an RFC 4180 reader', () => {
    const rows = parseCsv(renderCsv(machineDoc({ hostile: true })));
    const row = rows.find((r) => r[2] === 'test-hostile-names');
    expect(row?.[9]).toBe(`arn:aws:sqs:us-east-1:123456789012:${HOSTILE}`);
    expect(row?.[10]).toBe(`Queue ${HOSTILE} is open.`);
    expect(rows.find((r) => r[4] === 'MUTED')?.[16]).toBe(`Accepted risk, ticket SEC-42${HOSTILE}`);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvField(`${start}HYPERLINK("http://x")`);
      expect(parseCsv(`${cell}\r\n`)[0]?.[0]).toBe(`'${start}HYPERLINK("http://x")`);
    }
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});
