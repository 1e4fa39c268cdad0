import { LATER_HORIZON, rule, type IntentRule } from './rule.js';

const CALL = '(?:rappel|appel|appell|telephon|phon|bigophon)\\w*(?<!(?:appel|rappel)(?:e|ee|es|ees))';
const WHEN =
  '(?:moi|nous|me|vous|plutot|demain|ce|cet|le|la|l|en|apres|avant|vers|a|au|dans|quand|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|des|entre|sur|directement|svp|s il|asap|maintenant|tout de suite|ce soir|ce matin|cet apres midi|midi)';

/** Asks to be called, proposes a time, gives availability. */
export const CALLBACK_RULES: IntentRule[] = [
  rule(
    'callback',
    4,
    `\\b${CALL}(?! (?:la veille|le jour meme|automatique\\w*|par sms|par mail|sms)) (?:${WHEN})\\b(?! ${LATER_HORIZON})`,
    'not_interested',
  ),
  rule(
    'callback',
    4,
    `\\b(?:m|me|nous) (?:rappeler|appeler|telephoner|joindre|contacter par telephone|passer un coup de fil)\\b`,
    null,
  ),
  rule(
    'callback',
    4,
    `\\b(?:on|qu on|nous) (?:s |se |peut s |pourrait s |peut se |pourrait se )(?:appel|telephon|parl|voi)\\w*`,
    null,
  ),
  rule(
    'callback',
    3,
    `\\b(?:je|on) (?:vous )?(?:rappelle|rappellerai|appelle|appellerai|telephone|passe vous voir)\\b(?! plus tard| jamais| pas| plus)`,
  ),
  rule(
    'callback',
    3,
    `\\b(?:joignable|disponible|libre|dispo|dispos) (?:au|a|le|la|en|demain|ce|cet|des|apres|avant|vers|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|entre|tous|toute|tout|tte|par|jusqu|sur|ici|aujourd|cette|midi|\\d)`,
    null,
  ),
  rule('callback', 3, `\\bj ai (?:\\d+|cinq|dix|quinze|cinq|deux) (?:min|minutes?|mn)\\b`),
  rule(
    'callback',
    3,
    `\\bje suis (?:la|present|presente|au bureau|a la boutique|au garage|au salon|au magasin|sur place|joignable) (?:demain|ce|cet|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|a partir|apres|avant|vers|entre|toute|tous|le matin|l apres|\\d)`,
  ),
  rule(
    'callback',
    3,
    `\\bpassez (?:me voir|nous voir|a la boutique|au garage|au magasin|au salon|au bureau|a l atelier)\\b`,
  ),
  rule(
    'callback',
    4,
    `\\b(?:veux bien|ok pour|d accord pour|partant pour|go pour|oui pour|dispo pour|volontiers pour) (?:un |une |le |l )?(?:petit |rapide )?(?:appel|coup de fil|rdv|rendez vous|visio|echange telephonique|call)\\b`,
  ),
  rule('callback', 2, `\\b(?:dispo|disponible|libre|joignable|dispos)\\b`, null),
  rule('callback', 2, `\\b(?:un |par )?(?:appel|coup de fil|coup de telephone|telephone|tel)\\b`, null),
  rule(
    'callback',
    2,
    `(?<!\\b(?:leur|leurs|les|des|ses|nos|aux) )\\b(?:rendez vous|rencontrer|se voir|passer me voir|passez me voir|passez nous voir|visio|en visio|au telephone|de vive voix|en direct)\\b`,
    null,
  ),
  rule(
    'callback',
    2,
    `\\b(?:on peut|pouvez|pourriez|peux|pourrait) (?:en )?(?:parler|discuter|echanger|s appeler|en discuter)\\b`,
    null,
  ),
  rule(
    'callback',
    4,
    `\\b(?:call|ring|phone) (?:me|us|back|this number|asap|now|the (?:shop|office|store|salon|garage|restaurant|landline))\\b|\\bgive (?:me|us) a (?:call|ring|buzz|bell)\\b|\\bcan you call\\b|^call\\b`,
    'opt_out',
  ),
  // A time qualifier keeps it a callback even when negated: "don't call before noon".
  rule(
    'callback',
    4,
    `\\bcall (?:me |us )?(?:tomorrow|today|on|at|after|before|this|next|monday|tuesday|wednesday|thursday|friday|as soon|in (?:\\d+|an|a|half|one|two|ten|twenty|thirty) (?:mins?|minutes?|hours?|hrs?|h)|(?:in|on|during) the (?:afternoon|morning|evening))\\b|\\bbest (?:time|moment) (?:to call|to reach me|for a call)\\b`,
    'callback',
  ),
  rule(
    'callback',
    3,
    `\\b(?:available|free|reachable) (?:on|at|tomorrow|today|after|before|between|this|next|monday|tuesday|wednesday|thursday|friday|all|any)\\b|\\b(?:set up|book|schedule|arrange) a (?:call|meeting|chat)\\b|\\blet s (?:talk|chat|set up|have a call)\\b|\\b(?:prefer|rather) (?:a )?(?:call|talk|phone)\\b|\\bhop on a call\\b`,
    null,
  ),
  rule(
    'callback',
    4,
    `\\b(?:par|au) telephone,? (?:je prefere|plutot|c est mieux)|\\bprefere (?:par |au )?telephone\\b|\\bprefere un (?:echange|appel|coup de fil)\\b|\\b(?:me|nous) sonner\\b|\\bme contacter (?:sur|au|par) (?:mon|le|telephone|portable|fixe|\\d)|\\b(?:free|available) now\\b|\\bwant to call\\b|\\bfeel free to call\\b|\\bworks? for a call\\b|\\bfor a (?:quick )?call\\b`,
  ),
  // "Rappel possible vendredi matin ?", "pas avant 17h svp", "stop by the office Friday", "le 12 à 9h30 ça me va"
  rule(
    'callback',
    4,
    `\\b(?:rappel|appel|coup de fil) (?:possible|envisageable|ok|bienvenu|souhaite|demande)\\b|\\b(?:vous pouvez|pouvez vous|tu peux) (?:m |me |nous )?(?:appeler|rappeler|telephoner)\\b|\\b(?:chat|talk|speak) by phone\\b|^pas avant (?:\\d|midi|demain|lundi|mardi|mercredi|jeudi|vendredi)|(?<!\\b(?:replied|reply|said|say|texted|typed|sent|send|wrote) )\\b(?:stop|drop|come|swing|pop) (?:by|round|over)\\b(?! (?:mistake|accident|error))|\\barretez vous (?:chez|au|a la|a l)\\b`,
  ),
  rule(
    'callback',
    4,
    `\\b(?:\\d{1,2} ?h ?\\d{0,2}|\\d{1,2}[:.]\\d{2}|midi)\\b.{0,20}\\b(?:ca me va|ca m arrange|ca me convient|ca marche pour moi|c est bon pour moi|c est bon|c est ok|ca marche|ca roule|je suis dispo|works for me|suits me)\\b`,
  ),
  rule('callback', 4, `\\b(?:chat|talk|speak) (?:on|over|by) the phone\\b|\\bhappy to (?:chat|talk|speak)\\b`),
  // Eighth and ninth development sets: "call instead of texting", "entre 14h et 16h demain", "rapelé moi"
  rule(
    'callback',
    4,
    `\\bcall (?:me |us )?(?:instead|rather)\\b|\\bplease call\\b|^entre \\d{1,2} ?h\\w* et \\d{1,2} ?h|\\b(?:rap+ell?e|ap+ell?e) (?:moi|nous)\\b`,
  ),
  rule(
    'callback',
    4,
    `\\b(?:do|have|schedule|set up|book|arrange|hop on) a (?:quick |short |brief )?(?:call|phone call)\\b|\\b(?:i m|i am|we re|we are) around (?:all day|today|tomorrow|this|after|before|from|until|till|on)\\b`,
  ),
  // Twelfth development set: "un coup de fil c'est plus simple", "appelez : je ne lis pas les messages", "try calling after"
  rule(
    'callback',
    4,
    `\\b(?:un coup de fil|un appel|par telephone|au telephone|a call|by phone)\\b.{0,20}\\b(?:c est plus simple|plus simple|plus pratique|c est mieux|mieux|preferable|plutot|easier|better|instead)\\b|\\bappelez(?: moi| nous)?\\s*[:!.]|\\btry calling\\b|\\bcall (?:me |us )?after\\b|\\bplus tard dans la journee\\b|\\blater (?:today|this (?:afternoon|evening|morning))\\b`,
  ),
  // Fourteenth development set: "je veux bien qu'on m'appelle", "un petit call jeudi ?", "faites-moi sonner"
  rule(
    'callback',
    4,
    `\\b(?:je veux bien|ok pour|d accord pour|j aimerais|je voudrais) (?:qu on|que vous) (?:m |me |nous )(?:appel|rappel|telephon)\\w*|\\b(?:un |petit |rapide )+(?:call|appel|coup de fil) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|ce soir|cet apres midi|cette semaine|la semaine prochaine|\\d)|\\b(?:faites|fais) (?:moi|nous) sonner\\b|\\bentre midi et (?:deux|2)\\b`,
  ),
  rule('callback', 4, `\\btry me (?:at|on|after|around|tomorrow|today|this|in the)\\b`),
];

/** Not now; recontact later (a date, a season, "dans 3 mois"). */
export const LATER_RULES: IntentRule[] = [
  rule(
    'later',
    4,
    `\\b(?:recontact|revenez|revenir|reviens|repass|relanc|reecri|ecrivez|reparl|rappel|recontacter|reessay|retent|revoy|refaites signe|faites signe|contactez|ecrire|relancer)\\w* (?:moi |nous |vers moi |vers nous |me |m )?(?:${LATER_HORIZON})`,
  ),
  rule(
    'later',
    4,
    `\\b(?:on verra|a voir|on en reparle|on en reparlera|on en rediscute|on en rediscutera|on se reparle|j y reflechirai|on y reflechira|je verrai|je verrais|reviendrai vers vous|reviendrons vers vous|je vous recontacte(?:rai)?|on vous recontacte(?:ra)?|je vous ferai signe|je reviens vers vous)\\b(?: (?:${LATER_HORIZON}|ca))?`,
  ),
  rule(
    'later',
    3,
    `\\b(?:pas |plutot pas |pas vraiment |bof )(?:pour )?(?:maintenant|le moment|l instant|tout de suite|cette annee|ce mois ci|cette saison|aujourd hui|en ce moment|cet hiver|cet ete|cette semaine|ce mois)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:plus tard|une autre fois|un peu plus tard|ulterieurement|prochainement|a la rentree|trop tot|pas encore|trop juste en ce moment|pas le bon moment|mauvais moment|pas la periode|pleine saison|en pleine saison|en plein rush|pour l instant non|pour le moment non|pas tout de suite)\\b`,
  ),
  rule('later', 2, `\\b(?:${LATER_HORIZON})\\b`),
  rule(
    'later',
    4,
    `\\b(?:relanc|recontact|revenez|rappel|reecri|ecrivez)\\w* (?:moi |nous )?apres(?= ?[.!,;]|$)|\\b(?:relanc|recontact|reecri|revenez)\\w* (?:moi |nous |vers moi )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochain\\b`,
  ),
  rule(
    'later',
    2,
    `\\b(?:en ce moment|actuellement|pour l instant|pour le moment|la|cette semaine|ce mois) (?:je suis |on est |c est |nous sommes |j ai )?(?:deborde|debordes|overbooke|charge|complet|en travaux|en vacances|ferme|occupe|occupes|pas dispo|a l arret|en conge|en plein|la pleine|sous l eau|blinde|rush)\\w*`,
  ),
  rule(
    'later',
    4,
    `\\bpas avant (?:${LATER_HORIZON}|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la rentree|l ete|l an|l annee|la fin|le printemps|l automne|l hiver|20\\d\\d)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:en ce moment|pour l instant|pour le moment|actuellement|cette annee|cette saison) (?:c est |ce n est |c est pas )?(?:complique|difficile|pas possible|pas le moment|pas la priorite|pas prioritaire|pas d actualite)\\b|\\bpas (?:d actualite|prioritaire|la priorite)\\b`,
  ),
  rule(
    'later',
    2,
    `\\bjusqu (?:en|a|au|a la|a l) (?:paques|noel|la toussaint|fin du mois|la fin du mois|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la rentree|l ete|l automne|l hiver|noel|fin)\\b`,
  ),
  rule(
    'later',
    1,
    `\\b(?:rentree|septembre|janvier|printemps|automne|hiver|trimestre|semestre|20\\d\\d(?! \\d))\\b|(?<!\\b(?:a|ai|as|ont|avez|avons|avait|avais|aurait|aura|ayant|avoir|bien|pas|deja|jamais|tout|toujours|peut) )\\bete\\b`,
  ),
  // English
  rule(
    'later',
    4,
    `\\b(?:not (?:right )?now|not at the moment|not yet|not this (?:year|month|season|quarter)|maybe later|later this year|next (?:year|quarter|month|season|spring|summer|fall|autumn|winter)|in a (?:few|couple of) (?:weeks|months)|in \\d+ (?:weeks|months|years)|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|fall|autumn|winter|new year))|after (?:the )?(?:summer|holidays|christmas|new year|season|winter|busy season|launch|renovation))\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:reach out|get back to me|check back|try (?:me )?(?:again )?|hit me up|ask me again|contact me|circle back|follow up|text me|ping me) (?:again )?(?:in|next|later|after|around|at the end|when)\\b|^later\\b|\\btoo (?:busy|early|soon) (?:right now|this|at the moment|for now)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:recontact|revenez|reviens|repass|relanc|reecri|ecrivez|reprenez contact|reparl|faites signe|drop me a line|ask me again|pick this up|get back to me|circle back|try me|write to me)\\w* (?:\\w+ ){0,2}(?:apres|quand|once|after|lorsque|des que|when|then|in)\\b`,
  ),
  rule(
    'later',
    3,
    `\\bapres (?:le |la |les |l |mon |ma |mes |notre |nos |ce |cette )?\\w+.{0,30}\\b(?:on en (?:re)?parle|on pourra|on verra|on peut en parler|on en discute|pourquoi pas)\\b|\\bon en (?:re)?(?:parle|discute)\\w* (?:apres|plus tard|a ce moment|a la|en|dans)\\b|\\bje (?:regarde|regarderai|verrai|vois|reflechis) (?:ca |cela |votre offre )?(?:ce week end|plus tard|a tete reposee|apres|quand)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:dans l annee|courant de l annee|d ici la fin de l annee|in (?:spring|summer|autumn|fall|winter|the new year)|timing s bad|bad timing|quand (?:les?|la|l|j|on|nous|je|mon|ma|ce|cette) .{0,40}(?:fini|finies|finis|termine|terminee|termines|passe|passee|boucle|aurai|serons|seront))\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:en ce moment|pour l instant|pour le moment|pas dans l immediat) non\\b|\\bpas dans l immediat\\b|\\bexercice prochain\\b|\\b(?:talk|speak|chat) again\\b|\\bafter the (?:quarter|month|year|holidays|summer|season|launch)\\b|\\b(?:would be|serait) (?:better|mieux)\\b|\\b(?:message|text|call|contact|write to|ping|email) me (?:then|after (?:that|then|this))\\b|\\b(?:get in touch|reach out|come back) (?:then|at that point|after that)\\b`,
  ),
  // "relancez-moi après", "attendez la fin de la saison", "fin du mois svp"
  rule(
    'later',
    3,
    `\\b(?:relanc\\w*|recontact\\w*|revenez vers|reviens vers|reecri\\w*)(?: moi| nous)? (?:apres|ensuite|a mon retour|a notre retour|a (?:notre|la|ma) reouverture|a la reprise|des (?:notre|mon) retour)\\b|\\battend\\w* (?:la fin|le debut|la rentree|la reprise|mon retour|notre retour|l ete|l automne|l hiver|le printemps)\\b|^(?:a la |en )?(?:fin|debut) (?:du|de) mois\\b`,
  ),
  rule(
    'later',
    3,
    `\\bremind me (?:after|in|next|later|around|closer)\\b|\\b(?:redemand|reessay|retent|reposez|recontact)\\w* (?:moi |nous )?(?:a la |en )?(?:fin|debut) (?:du|de) mois\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:pour le moment|pour l instant|pas maintenant|not now|not right now|not at the moment)\\b.{0,40}\\b(?:${LATER_HORIZON}|peut etre (?:l an|l annee|plus tard|dans)|maybe (?:next|later|in))|\\b(?:pas|rien) (?:\\w+ ){0,2}avant (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l ete|la rentree|l automne|l hiver|le printemps|20\\d\\d)\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:don t|do not|please don t) (?:text|message|call|contact|email) (?:me |us )?(?:before|until|till) (?:the )?(?:summer|spring|autumn|fall|winter|new year|next (?:year|month|season)|january|february|march|april|may|june|july|august|september|october|november|december)\\b`,
  ),
  rule(
    'later',
    4,
    `\\buntil .{0,30}\\bis over\\b|\\bjusqu a ce que .{0,30}\\bsoit (?:fini|finie|termine|terminee|passe|passee)\\b`,
  ),
  // Nineteenth development set: "c'est non, mais plus tard pourquoi pas"
  rule(
    'later',
    4,
    `\\bmais plus tard (?:pourquoi pas|peut etre|on verra|oui|volontiers|avec plaisir|why not)\\b|\\bnot now,? but (?:maybe |perhaps )?later\\b`,
  ),
  // Twenty-first development set: "too early, we're still setting up. Give it six months."
  rule(
    'later',
    4,
    `\\bgive (?:it|us|me) (?:a few|a couple of|a|one|two|three|four|five|six|\\d+) (?:more )?(?:weeks?|months?|years?)\\b|\\b(?:too early|trop tot) (?:for (?:us|me|this)|pour (?:nous|moi|ca))?\\s*[,.!]`,
  ),
  // Twenty-second and twenty-third development sets: a negated call with a time or a channel is a callback;
  // a negated contact before a date is later
  rule(
    'callback',
    4,
    `\\b(?:ne |n )?(?:m |me |nous )?(?:appel|rappel|telephon)\\w* (?:pas|jamais) (?:avant|apres|pendant|le (?:matin|soir|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week end)|entre|sur (?:ce|le|mon))\\b|\\bpas d appels? (?:avant|apres|pendant|le (?:matin|soir|midi|week end))\\b|\\b(?:don t|do not|please don t) call (?:me |us )?(?:during|before|after|in the|on|between)\\b|\\b(?:appelez|appelle|telephonez|telephone) (?:moi|nous) plutot\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:ne |n )?(?:me |m |nous )?(?:contact|recontact|relanc|ecri|envo)\\w* (?:pas|rien) avant (?:le |la |l |fin |debut |mi )?(?:\\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|rentree|printemps|ete|automne|hiver|q[1-4])|\\b(?:don t|do not|please don t|pls don t) (?:follow up|reach out|text|message|contact|email)(?: (?:me|us))? (?:again )?(?:before|until|till) (?!\\d{1,2} ?(?:am|pm|h)\\b|noon|lunch)\\w+|\\bpas avant (?:le )?(?:q[1-4]|premier|deuxieme|second|troisieme|quatrieme) ?(?:trimestre)?\\b|\\b(?:in|en|au|for) q[1-4]\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (?:works|would work|is (?:fine|better|good))\\b`,
  ),
  rule('callback', 3, `\\bplutot (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|le matin|le soir|en semaine|demain)\\b`),
  // Twenty-fourth development set: "pop in Saturday morning", "passez jeudi à la boutique", "can you ring at 4",
  // "on leave till August, try again then", "closed till Easter, get in touch after"
  rule(
    'callback',
    4,
    `\\b(?:passez|passe|pop in|drop in|come in|come by|swing by) (?:\\w+ )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|a la boutique|au magasin|at the shop|at the store)\\b|\\bring (?:me |us )?(?:at|around|after|before|tomorrow|on) (?:\\d|monday|tuesday|wednesday|thursday|friday|noon|lunch)`,
  ),
  rule(
    'later',
    4,
    `\\b(?:try|contact|text|reach out|ask|check back|get in touch|message)(?: (?:me|us))? (?:again )?(?:then|after(?: that)?|afterwards)\\s*(?:[.!,]|$)|\\b(?:till|until) (?:january|february|march|april|may|june|july|august|september|october|november|december|easter|christmas|spring|summer|autumn|fall|winter|q[1-4]|next (?:year|month|season))\\b`,
  ),
  // Twenty-sixth development set: Créole "kriyé mwen dèmen", "apel amoin", "mi sa oir sa pli tar"
  rule('callback', 4, `\\b(?:kriye|apel|apele|aple|appel) (?:mwen|moin|amoin)\\b`),
  rule('later', 4, `\\b(?:pli|plu) tar\\b|\\brevien dan\\b`),
  // Thirtieth development set: "appelez ma ligne pro après 19h", "mardi 10h ça vous va ?"
  rule(
    'callback',
    4,
    `\\b(?:appelez|appelle|appeler|rappelez|call) (?:ma|mon|my|sur mon|sur ma) (?:ligne|portable|fixe|numero|line|cell|mobile)\\b|\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)\\b[^.!?]*\\b\\d{1,2} ?h(?:\\d\\d)?\\b[^.!?]*\\b(?:ca vous va|ca vous convient|ca vous irait|c est bon pour vous)\\b`,
  ),
  // Thirty-first development set (trades): a bare "mois prochain" as the whole answer; "pas le temps d'écrire, appelle"
  rule(
    'later',
    3,
    `^(?:plutot |peut etre |disons |voyons )?(?:le |l )?(?:mois|annee|an|trimestre|semestre) prochaine?(?: (?:s il vous plait|s il te plait|merci|alors))?[ .!]*$`,
  ),
  rule(
    'callback',
    4,
    `(?:^|[,.!;] )(?:appel+e|appel+ez|telephonez|tel+ephone)(?: (?:moi|nous))?(?: (?:s il vous plait|s il te plait|plutot|directement))?[ .!]*$`,
  ),
  // Thirty-second development set (mixed replies): "ok pour 10 min", "appelez avec un vrai numéro demain 10h",
  // a day and an hour alone ("mardi 15h30 ?"), "hors saison ça m'intéresserait"
  rule(
    'callback',
    4,
    `\\b(?:ok|d accord|dac|go|oui|partant|dispo) (?:pour )?(?:les |un |une |vos )?(?:\\d+|dix|cinq|quinze|vingt) ?min(?:utes?|s)?\\b|\\bappelez\\b[^.!?]{0,40}\\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|ce soir|cet apres midi|ce matin)\\b(?: (?:matin|midi|soir|apres midi))?(?: (?:a |vers )?\\d{1,2} ?h)|^(?:et |alors |plutot |sinon )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)(?: (?:matin|midi|soir|apres midi))?(?: (?:a |vers )?\\d{1,2} ?h(?:\\d\\d)?)?[ ?.!]*$`,
  ),
  rule('later', 4, `\\b(?:hors saison|basse saison|intersaison|morte saison|apres la saison|en fin de saison)\\b`),
  // Thirty-third development set: "laissez-moi 3-4 mois pour m'installer", "pas le temps avant Pâques"
  rule(
    'later',
    4,
    `\\blaissez (?:moi|nous) (?:\\d+(?:(?: ?(?:-|a|ou) ?| )\\d+)?|un|deux|trois|quatre|six|quelques) (?:semaines?|mois)\\b|\\bpas (?:le temps|dispo|disponible|disponibles) avant (?:paques|noel|la toussaint|la rentree|l ete|l automne|l hiver|le printemps|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la fin (?:du mois|de l annee|de la saison)|20\\d\\d)\\b`,
  ),
  // Thirty-fifth development set: "ok pour la démo mais par téléphone", "vous pouvez pas me passer un coup de fil ?",
  // "écrivez-moi la semaine pro", "je reviens de vacances le 3, on voit ça après ?"
  rule(
    'callback',
    4,
    `\\b(?:mais|plutot|seulement|uniquement) par (?:telephone|tel)\\b|\\bme passer un (?:coup de fil|coup de telephone|appel|petit appel)\\b`,
  ),
  rule(
    'later',
    4,
    `\\b(?:ecrivez|recontactez|relancez|revenez vers|reecrivez) (?:moi |nous )?(?:la semaine|le mois) (?:pro|prochaine?)\\b|\\bje reviens de (?:vacances|conges?)\\b[^.!?]*\\b(?:apres|a mon retour|ensuite)\\b`,
  ),
];
