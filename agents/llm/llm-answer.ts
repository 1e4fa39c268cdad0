import { z } from 'zod';
import { INTENTS } from '../../src/domain/interpretation.js';

const phrase = z.string().trim().min(1).max(300);
const phrases = z.array(phrase).max(10).default([]);

/**
 * What the LLM is asked for: the judgement only. Entities and the action come
 * from the rules (regexes find a phone number better than a model does).
 */
export const llmAnswerSchema = z.object({
  intent: z.enum(INTENTS),
  sentiment: z.enum(['positive', 'neutral', 'negative']),
  interest_level: z.enum(['high', 'medium', 'low', 'none']),
  confidence: z.number().min(0).max(1),
  objections: phrases,
  questions: phrases,
  key_points: phrases,
  times: phrases,
});
export type LlmAnswer = z.infer<typeof llmAnswerSchema>;

/** The OpenAI-compatible envelope, only as deep as we read it. */
export const chatCompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});
