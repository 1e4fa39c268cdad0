import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { LEAD_CSV_HEADER, csvLine, leadCsvLine } from '../../src/admin/csv-export.js';
import type { LeadListRow } from '../../src/admin/lead-list-query.js';
import { formatDay } from './html.js';

/** Every lead the filters match (not one page), streamed, with a BOM so spreadsheets read it as UTF-8. */
async function* csvLines(rows: AsyncIterable<LeadListRow>) {
  yield `\uFEFF${csvLine(LEAD_CSV_HEADER)}`;
  for await (const lead of rows) yield leadCsvLine(lead);
}

export function sendLeadsCsv(reply: FastifyReply, rows: AsyncIterable<LeadListRow>) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="leads-${formatDay(new Date())}.csv"`)
    .send(Readable.from(csvLines(rows)));
}
