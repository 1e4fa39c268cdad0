import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/admin/csv-export.js';
import { parseLeadCsv } from '../../src/admin/lead-csv.js';

describe('CSV export cells', () => {
  it('when a cell starts like a formula, then it is prefixed with a quote', () => {
    for (const text of ['=1+1', '+33612345678', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text).replace(/^"/, ''), JSON.stringify(text)).toMatch(/^'/);
    }
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('when a cell holds a separator, a quote or a line break, then it is quoted with quotes doubled', () => {
    expect(csvCell('Acme, "Best" Ltd')).toBe('"Acme, ""Best"" Ltd"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
  });

  it('when values are not text, then numbers and booleans stay as they are and dates become ISO 8601', () => {
    expect(csvLine([1, -0.5, true, null, undefined, new Date('2026-01-02T03:04:05Z')])).toBe(
      '1,-0.5,true,,,2026-01-02T03:04:05.000Z\r\n',
    );
  });
});

describe('parseLeadCsv', () => {
  it('when a quoted field spans lines, then the rows after it are still reported by their own line', () => {
    const parsed = parseLeadCsv('phone,message,sent_at\n0612345678,"a\nb\nc",2026-01-01T00:00:00Z\nnope,,\n', 'FR');
    expect(parsed).toMatchObject({ ok: true, errors: [{ line: 5 }] });
    if (!parsed.ok) return;
    expect(parsed.rows).toMatchObject([{ line: 2, phoneE164: '+33612345678', outbound: { body: 'a\nb\nc' } }]);
  });

  it('when numbers are written nationally, internationally or with 00, then they are stored in E.164 with the configured region', () => {
    const parsed = parseLeadCsv('phone\n06 12 34 56 78\n+33 6 12 34 56 79\n0033612345680\n(415) 555-2671\n', 'FR');
    const us = parseLeadCsv('phone\n(415) 555-2671\n', 'US');
    expect(parsed.ok && parsed.rows.map((row) => row.phoneE164)).toEqual([
      '+33612345678',
      '+33612345679',
      '+33612345680',
    ]);
    expect(parsed.ok && parsed.errors.map((error) => error.line)).toEqual([5]);
    expect(us.ok && us.rows.map((row) => row.phoneE164)).toEqual(['+14155552671']);
  });

  it('when sent_at has no offset, then the row is refused, as a bare local time is ambiguous', () => {
    const parsed = parseLeadCsv('phone,message,sent_at\n0612345678,hi,2026-01-01T09:00:00\n', 'FR');
    expect(parsed.ok && parsed.errors[0]?.message).toContain('with its offset');
  });
});
