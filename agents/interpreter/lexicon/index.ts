import { CALLBACK_RULES, LATER_RULES } from './callback-later.js';
import { INTERESTED_RULES } from './interest.js';
import { OPT_OUT_RULES } from './opt-out.js';
import { QUESTION_RULES, UNCLEAR_RULES } from './question-unclear.js';
import { NOT_INTERESTED_RULES } from './refusal.js';
import type { IntentRule } from './rule.js';
import { WRONG_PERSON_RULES } from './wrong-person.js';

export { OPT_OUT_KEYWORDS, OPT_OUT_LOOKALIKE_SENTENCES, OPT_OUT_LOOKALIKES, POLITE_FILLERS } from './opt-out.js';
export { PERSONAL_VOCATIVE, STOP_INSTRUCTION } from './question-unclear.js';
export { NEGATORS_BEFORE, NEGATOR_AFTER_PATTERN, NEGATOR_IMMEDIATELY_BEFORE } from './negation.js';
export type { IntentRule } from './rule.js';

export const INTENT_RULES: IntentRule[] = [
  ...OPT_OUT_RULES,
  ...WRONG_PERSON_RULES,
  ...CALLBACK_RULES,
  ...LATER_RULES,
  ...NOT_INTERESTED_RULES,
  ...INTERESTED_RULES,
  ...QUESTION_RULES,
  ...UNCLEAR_RULES,
];
