import type { CountryCode } from 'libphonenumber-js';
import type { Database } from '../db/database.js';
import { createCorrections } from './corrections.js';
import { findCampaignIds, findLeadDetail, findOptOuts } from './lead-detail-query.js';
import { parseLeadCsv } from './lead-csv.js';
import type { LeadFilters } from './lead-filters.js';
import { importLeads, type ImportSummary } from './lead-import.js';
import { findLeadPage, type LeadListRow } from './lead-list-query.js';

export interface AdminRepositoryOptions {
  /** Region of numbers written without a country code (DEFAULT_REGION). */
  region: CountryCode;
  /** The number imported outbound messages were sent from (TWILIO_PHONE_NUMBER), or empty. */
  fromNumber: string;
  clock?: () => Date;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };
export type AdminRepository = ReturnType<typeof createAdminRepository>;

/** What the operator view reads and corrects; the routes never see the database itself. */
export function createAdminRepository(db: Database, options: AdminRepositoryOptions) {
  const { region } = options;

  /** Every lead the filters match, page after page, for the CSV export. */
  async function* exportLeads(filters: LeadFilters, batch = 1000): AsyncGenerator<LeadListRow> {
    let cursor: string | undefined;
    do {
      const page = await findLeadPage(db, { ...filters, cursor, limit: batch }, region);
      if (!page) return;
      yield* page.leads;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  async function importCsv(text: string): Promise<ImportResult> {
    const parsed = parseLeadCsv(text, region);
    if (!parsed.ok) return parsed;
    const summary = await importLeads(db, parsed.rows, parsed.errors, { fromNumber: options.fromNumber });
    return { ok: true, summary };
  }

  return {
    /** Null when the cursor is not one this list made. */
    findLeadPage: (filters: LeadFilters) => findLeadPage(db, filters, region),
    exportLeads,
    findLeadDetail: (leadId: number) => findLeadDetail(db, leadId),
    findOptOuts: (limit: number, offset: number) => findOptOuts(db, limit, offset),
    findCampaignIds: () => findCampaignIds(db),
    importCsv,
    ...createCorrections(db, options.clock),
  };
}
