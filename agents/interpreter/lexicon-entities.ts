/** A link to one of these is not the lead's own website. */
export const SOCIAL_DOMAINS = [
  'facebook.com',
  'fb.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'pinterest.com',
  'pagesjaunes.fr',
  'google.com',
  'goo.gl',
  'g.page',
  'wa.me',
  'whatsapp.com',
  'snapchat.com',
  'tripadvisor.fr',
  'tripadvisor.com',
  'yelp.com',
  'doctolib.fr',
  'leboncoin.fr',
];

const DAY =
  '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|june|july|august|september|october|november|december|janv|f[ée]vr?|sept|oct|nov|d[ée]c)';
const CLOCK = '(?:\\d{1,2}\\s?(?:h|heures?)\\s?(?:\\d{2})?|\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s?(?:am|pm)|midi|minuit|noon)';
const RELATIVE_DAY =
  "(?:aujourd['’ ]?hui|ce soir|ce matin|cet apr[eè]s[- ]midi|demain|apr[eè]s[- ]demain|today|tonight|tomorrow)";
const PART_OF_DAY =
  "(?:(?:en |dans la |dans l['’ ]|le |l['’ ]|d[eè]s le |t[oô]t le |tard le )?(?:fin de (?:journ[ée]e|matin[ée]e|semaine|mois)|d[ée]but de (?:semaine|mois|journ[ée]e|matin[ée]e|soir[ée]e)|matin[ée]?e?|apr[eè]s[- ]midi|aprem|soir[ée]?e?|midi|journ[ée]e)|(?:in the |this |tomorrow )?(?:morning|afternoon|evening)|end of (?:the )?(?:day|week|month))";
const SEASON_PREFIX =
  "(?:cet |l['’ ]|en |au |à la |a la |apr[eè]s l['’ ]|apr[eè]s la |avant l['’ ]|avant la |d[eè]s l['’ ]|fin de l['’ ]|d[ée]but de l['’ ])";
// "été" alone is also the past participle ("a été vendue"): as a season it needs its article or preposition.
const SEASON = `(?:${SEASON_PREFIX}[ée]t[ée]|${SEASON_PREFIX}?(?:hiver|automne|printemps|rentr[ée]e|summer|winter|autumn|fall|spring))`;

/**
 * Date and time expressions, accent- and case-insensitive (the `iu` flags are
 * added where they are used). Ordered longest first is not needed: the
 * extractor keeps the longest of overlapping matches.
 */
const TIME_SOURCES: RegExp[] = [
  new RegExp(`\\b${RELATIVE_DAY}(?:\\s+(?:à|a|vers|at|around|avant|apr[eè]s)?\\s*${CLOCK})?`),
  new RegExp(`\\b${RELATIVE_DAY}\\s+${PART_OF_DAY}`),
  new RegExp(
    `\\b${DAY}(?:\\s+(?:prochain|next))?(?:\\s+\\d{1,2}(?:er)?(?![\\d]|\\s?(?:h|heures?|:|[.]\\d|am|pm)))?(?:\\s+${MONTH})?(?:\\s+(?:à|a|vers|at|around|avant|apr[eè]s)?\\s*${CLOCK})?`,
  ),
  new RegExp(`\\b${DAY}\\s+${PART_OF_DAY}`),
  new RegExp(
    `(?:\\b(?:à|a|vers|avant|apr[eè]s|at|around|before|after|from)\\s+)?\\b${CLOCK}(?:\\s*(?:-|à|a|to)\\s*${CLOCK})?(?![\\w])`,
  ),
  new RegExp(
    `\\b(?:en |dans la |dans l['’ ]|le |d[eè]s le |t[oô]t le |tard le |in the |this )?(?:fin de (?:journ[ée]e|matin[ée]e|semaine|mois)|d[ée]but de (?:semaine|mois)|end of (?:the )?(?:day|week|month))`,
  ),
  new RegExp(`\\b(?:en |d[eè]s |courant |mi[- ]|fin |d[ée]but |in |early |late |next )?${MONTH}(?:\\s+\\d{4})?\\b`),
  new RegExp(`\\b(?:le |du |au |the )?\\d{1,2}(?:er|st|nd|rd|th)?\\s+${MONTH}\\b`),
  new RegExp(
    `\\b(?:à partir du|a partir du|apr[eè]s le|avant le|d[eè]s le|le|from the|after the|on the)\\s+\\d{1,2}(?:er|st|nd|rd|th)?\\b(?!\\s*(?:h|heures?|:|ans|euros?|€|%))`,
  ),
  new RegExp(`\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b`),
  new RegExp(
    `\\b(?:dans|d['’ ]ici|in|within)\\s+(?:\\d+|un|une|deux|trois|quatre|six|quelques|a|one|two|three|few|couple of)\\s+(?:jours?|semaines?|mois|ans?|ann[ée]es?|days?|weeks?|months?|years?)\\b`,
  ),
  new RegExp(`\\b(?:la semaine|le mois|l['’ ]ann[ée]e|next|this)\\s+(?:prochaine?|derni[eè]re|week|month|year)\\b`),
  new RegExp(`\\b${SEASON}(?:\\s+prochain|\\s+\\d{4})?\\b`),
  new RegExp(`\\b(?:en |au )?(?:q[1-4]|t[1-4]|[1-4](?:er|e|[èe]me) trimestre)\\b`),
  new RegExp(`\\b(?:rentr[ée]e|no[eë]l|p[aâ]ques|toussaint|fin d['’ ]ann[ée]e|nouvel an|christmas|new year)\\b`),
];

// JavaScript's \b knows only ASCII letters: "démarché" would hold the month "march". A Unicode word boundary instead.
const UNICODE_BOUNDARY = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

/** Compiled once, global and case-insensitive: the extractor only reads them. */
export const TIME_EXPRESSIONS: RegExp[] = TIME_SOURCES.map(
  (pattern) => new RegExp(pattern.source.replaceAll('\\b', UNICODE_BOUNDARY), 'giu'),
);
