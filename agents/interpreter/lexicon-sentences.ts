/**
 * Objection families and question cues, matched per sentence on normalised
 * text; the sentence itself (as the lead wrote it) is what gets reported.
 */
export const OBJECTIONS: { kind: string; pattern: RegExp }[] = [
  {
    kind: 'price',
    pattern:
      /\b(?:trop cher|cher|pas le budget|pas de budget|budget|pas les moyens|couteux|hors de prix|expensive|afford|no budget|pricey)\b/,
  },
  {
    kind: 'already_equipped',
    pattern:
      /\b(?:deja|already) (?:un |une |des |le |notre |mon |equipe|have|got|quelqu un|un prestataire|une agence|un site)|\b(?:on a|j ai|nous avons) deja\b|\bon est (?:deja )?equipe/,
  },
  {
    kind: 'no_time',
    pattern: /\b(?:pas le temps|pas de temps|deborde|overbooke|trop occupe|charrette|no time|too busy|swamped)\b/,
  },
  {
    kind: 'not_now',
    pattern:
      /\b(?:pas maintenant|pas pour le moment|pas pour l instant|pas le moment|plus tard|trop tot|not now|not right now|not at the moment|maybe later)\b/,
  },
  {
    kind: 'ask_partner',
    pattern:
      /\b(?:associe|associee|mon mari|ma femme|mon epouse|mon patron|ma patronne|le patron|le gerant|mon conjoint|ma conjointe|en parler a|en parler avec|voir avec|demander a|consulter|my partner|my wife|my husband|my boss|check with|ask my)\b/,
  },
  { kind: 'trust', pattern: /\b(?:arnaque|escroc|mefiant|pas confiance|scam|legit)\b/ },
];

export const QUESTION_START =
  /^(?:combien|c est combien|c est quoi|qu est ce|quel|quelle|quels|quelles|qui|comment|pourquoi|quand|ou|est ce|vous etes|vous faites|vous proposez|avez vous|pouvez vous|faites vous|y a t il|how|what|who|why|when|where|which|do you|can you|could you|is it|is this|are you)\b/;
