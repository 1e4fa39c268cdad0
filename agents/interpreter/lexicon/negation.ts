/** Negators that govern a phrase standing within a few words after them, in the same clause. */
export const NEGATORS_BEFORE = [
  'ne',
  'n',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'aucunement',
  'nullement',
  'guere',
  'sans',
  'not',
  'no',
  'never',
  'don t',
  'doesn t',
  'didn t',
  'isn t',
  'aren t',
  'wasn t',
  'won t',
  'can t',
  'no longer',
  'nor',
  'ni',
];

/** "plus" negates only right before the phrase ("plus interesse"); elsewhere it often means "more". */
export const NEGATOR_IMMEDIATELY_BEFORE = ['plus', 'pas', 'not', 'no', 'never', 'non'];

/**
 * French also negates after the verb, colloquially without "ne": "ca m interesse pas".
 * "plus" counts only when it is not "plus de", "plus tard", "plus simple"…
 */
export const NEGATOR_AFTER_PATTERN =
  '^\\s*(?:(?!pourquoi)\\S+\\s+)?(?:pas|jamais|point|guere|aucunement|nullement|plus(?! (?:de|d|du|des|tard|loin|que|tot|simple|facile|rien|vite|besoin|tellement|trop|d infos?)\\b))(?:\\s|$)';
