import { z } from 'zod';

export const INTENTS = [
  'interested',
  'not_interested',
  'opt_out',
  'question',
  'callback',
  'later',
  'wrong_person',
  'unclear',
] as const;
export type Intent = (typeof INTENTS)[number];

export const ACTION_TYPES = [
  'transfer_to_crm',
  'schedule_callback',
  'send_follow_up',
  'blacklist',
  'flag',
  'continue_sequence',
  'none',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const entitiesSchema = z.object({
  urls: z.array(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  times: z.array(z.string()),
  client_website: z.string().optional(),
});
export type Entities = z.infer<typeof entitiesSchema>;

export const actionSchema = z.object({
  type: z.enum(ACTION_TYPES),
  details: z.record(z.string(), z.unknown()),
});
export type Action = z.infer<typeof actionSchema>;

/** The interpretation contract of DESIGN.md: every interpretation, whatever produced it, has this shape. */
export const interpretationSchema = z.object({
  intent: z.enum(INTENTS),
  sentiment: z.enum(['positive', 'neutral', 'negative']),
  interest_level: z.enum(['high', 'medium', 'low', 'none']),
  do_not_contact: z.boolean(),
  confidence: z.number().min(0).max(1),
  objections: z.array(z.string()),
  questions: z.array(z.string()),
  key_points: z.array(z.string()),
  entities: entitiesSchema,
  action: actionSchema,
  method: z.enum(['rules', 'llm', 'hybrid']),
  model: z.string().nullable().optional(),
});
export type Interpretation = z.infer<typeof interpretationSchema>;
