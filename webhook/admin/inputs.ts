import { z } from 'zod';
import type { CorrectionResult } from '../../src/admin/corrections.js';
import { INTENTS } from '../../src/domain/interpretation.js';
import { LEAD_STATUSES } from '../../src/domain/lead.js';

export const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** A form's checkbox ("yes", "on") or a JSON boolean. */
const confirmation = z.preprocess(
  (value) => value === true || value === 'yes' || value === 'on' || value === 'true',
  z.boolean(),
);

export const statusInput = z.object({ status: z.enum(LEAD_STATUSES), confirm: confirmation });
export const intentInput = z.object({ intent: z.enum(INTENTS) });
export const clearOptOutInput = z.object({ confirm: confirmation });
export const pageInput = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const correctionsInput = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** How each correction outcome answers, on the page and in the API alike. */
export const OUTCOME_STATUS: Record<CorrectionResult['outcome'], number> = {
  updated: 200,
  unchanged: 200,
  not_found: 404,
  confirmation_required: 409,
};

export const CONFIRMATION_MESSAGE =
  'This lead opted out: clearing the opt-out needs an explicit confirmation (tick the box, or send "confirm": true).';

/** zod's first problem, as a short sentence for a 400. */
export function describeInvalid(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
}
