import type { Intent } from '../../../src/domain/interpretation.js';

/**
 * One phrase the interpreter recognises. Patterns are regular expression
 * sources matched on normalised text: lower case, no accents, SMS shorthand
 * expanded, apostrophes and hyphens as spaces ("appelez-moi" is "appelez moi",
 * "m'intéresse" is "m interesse"), punctuation as its own token.
 * Weights: 4 decides alone, 3 is strong, 2 needs company, 1 is a hint.
 */
export interface IntentRule {
  intent: Intent;
  pattern: string;
  weight: number;
  /** When a negation governs the phrase, the evidence goes to this intent instead (null: it is dropped). */
  negated?: Intent | null;
  /**
   * The phrase names a subject without asking anything ("RGPD", "spam", "Bloctel"): inside a question
   * ("vous respectez le RGPD ?", "is this spam?") it asks about it and is not an opt-out.
   */
  mention?: true;
}

export const rule = (intent: Intent, weight: number, pattern: string, negated?: Intent | null): IntentRule =>
  negated === undefined ? { intent, weight, pattern } : { intent, weight, pattern, negated };

/** A rule whose phrase only names its subject (see IntentRule.mention). */
export const mention = (intent: Intent, weight: number, pattern: string): IntentRule => ({
  intent,
  weight,
  pattern,
  mention: true,
});

/** Ways of contacting someone, as nouns. */
export const MSG =
  '(?:sms|messages?|msg|textos?|mails?|e ?mails?|appels?|relances?|pubs?|publicites?|offres?|propositions?|sollicitations?|prospections?|envois?|demarchages?|texts?|calls?|notifications?|promotions?|promos?|newsletters?|communications?|courriers?|courriels?|whatsapps?)';
/** Ways of contacting someone, as verb stems (any ending). */
export const CONTACT_VERB =
  '(?:ecri\\w*|reecri\\w*|envo\\w*|renvo\\w*|contact\\w*|recontact\\w*|rappel\\w*|appel\\w*|appell\\w*|sollicit\\w*|derang\\w*|harcel\\w*|relanc\\w*|spamm?\\w*|texto\\w*|text\\w*|demarch\\w*|emmerd\\w*|embet\\w*|importun\\w*|solicit\\w*|bombard\\w*|inond\\w*)';
/** The same, without the ones that are harmless when negated ("ca ne me derange pas"). */
export const CONTACT_VERB_STRICT =
  '(?:ecri\\w*|envo\\w*|contact\\w*|recontact\\w*|rappel\\w*|reecri\\w*|text\\w*|sollicit\\w*|harcel\\w*|relanc\\w*|spamm?\\w*|texto\\w*|demarch\\w*|importun\\w*|bombard\\w*)';
/** A horizon far enough to mean "later" rather than "call me". */
export const LATER_HORIZON =
  '(?:plus tard|ulterieurement|(?:dans|d ici) (?:\\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:semaines?|mois|ans?|annees?|trimestres?)|(?:dans|d ici) (?:\\d\\d|dix|quinze|une quinzaine de|une dizaine de) jours|dans une quinzaine|(?:en|a partir de|des|courant|mi|fin|debut|apres) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|20\\d\\d)|(?:l an|l annee|l ete|l hiver|le printemps|l automne|la saison|le trimestre|le semestre|le mois) prochaine?|(?:a|apres|pour) la rentree|apres (?:l ete|l hiver|les vacances|les fetes|noel|le nouvel an|la saison|les travaux|la reouverture|le rush|paques|l inventaire|mon conge|le demenagement|le ramadan|la toussaint|le carnaval|les vendanges|les moissons|la moisson|les recoltes|la recolte|la foire|le salon|les soldes)|(?:after|post) (?:easter|christmas|the holidays|new year|summer|the summer|ramadan|the season|the busy season|the rush|the harvest|harvest|the grape harvest)|end of (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:a la )?fin du mois|end of (?:the )?(?:month|year|quarter|season|summer)|(?:en |a la )?fin (?:d annee|de l annee|de saison)|en (?:fin|debut) d annee|au (?:printemps|prochain trimestre)|en (?:ete|hiver|automne)|cet (?:ete|hiver|automne)|(?:l|d) annee prochaine|(?:apres|a partir|des) (?:le|du) \\d{1,2}(?:er)?\\b|(?<!\\b\\d{1,2} ?h\\b.{0,80})a ce moment(?: la)?|a la reouverture|quand (?:on|nous) (?:rouvr|reouvr)\\w*|(?:plutot |peut etre )?(?:la semaine prochaine|le mois prochain)|(?:debut|fin|milieu|courant) (?:du|de la|de l) (?:mois|semaine|annee) prochaine?)';
