import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT_IDS } from '../../src/report/format-ids.js';
import { formatIds } from '../../src/report/formats.js';

describe('REPORT_FORMAT_IDS (the --help list)', () => {
  it('names the registered formats in registry order', () => {
    expect(REPORT_FORMAT_IDS).toEqual(formatIds());
  });
});
