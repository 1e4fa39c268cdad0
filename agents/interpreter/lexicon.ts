import type { Intent } from '../../src/domain/interpretation.js';

/**
 * One phrase the interpreter recognises. Patterns are regular expression
 * sources matched on normalised text: lower case, no accents, SMS shorthand
 * expanded, apostrophes as spaces ("m'interesse" is "m interesse"), words
 * separated by one space and punctuation as its own token.
 */
export interface IntentRule {
  intent: Intent;
  pattern: string;
  weight: number;
  /** When a negation governs the phrase, the evidence goes to this intent instead (null: it is dropped). */
  negated?: Intent | null;
}

const rule = (intent: Intent, weight: number, pattern: string, negated?: Intent | null): IntentRule =>
  negated === undefined ? { intent, weight, pattern } : { intent, weight, pattern, negated };

/** Whole-message keywords (Twilio's defaults and their French counterparts). */
export const OPT_OUT_KEYWORDS = [
  'stop',
  'stopall',
  'stop all',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'revoke',
  'optout',
  'opt out',
  'opt-out',
  'arret',
  'arrete',
  'arreter',
  'arretez',
  'desinscription',
  'desinscrire',
  'desabonner',
  'desabonnement',
  'stp stop',
  'stopper',
  'halte',
  'remove',
  'supprimer',
  'spam',
];

/** Words that may surround a bare keyword without changing it: "STOP svp", "stop merci !!". */
export const POLITE_FILLERS = [
  's il vous plait',
  's il te plait',
  'merci',
  'please',
  'thanks',
  'thank you',
  'now',
  'maintenant',
  'immediatement',
  'de suite',
  'tout de suite',
  'bordel',
  'svp',
  'stop',
  'ok',
  'bonjour',
  'hello',
  'hi',
  'non',
  'no',
];

/** Words that negate what follows them (within a few words, inside one clause). */
export const NEGATORS_BEFORE = [
  'ne',
  'n',
  'pas',
  'plus',
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
/** French also negates after the verb: "ca m interesse pas". */
export const NEGATORS_AFTER = ['pas', 'plus', 'jamais', 'point', 'guere', 'aucunement', 'nullement'];

const MSG =
  '(?:sms|messages?|textos?|texto|mails?|e mails?|emails?|appels?|relances?|pubs?|publicites?|offres?|propositions?|sollicitations?|prospections?|envois?|demarchages?|texts?|calls?)';
const CONTACT_VERB =
  '(?:ecri\\w*|envo\\w*|contact\\w*|appel\\w*|appell\\w*|rappel\\w*|sollicit\\w*|derang\\w*|harcel\\w*|relanc\\w*|spamm?\\w*|texto\\w*|demarch\\w*|emmerd\\w*|embet\\w*|soul\\w*)';

/**
 * The phrases, as data. Weights: 3 decides alone, 2 is strong, 1 is a hint.
 * Adding a phrase is one line here and one case in the corpus.
 */
export const INTENT_RULES: IntentRule[] = [
  // opt_out: asks for no more contact, in any words
  rule(
    'opt_out',
    4,
    `\\b(?:ne )?(?:me |m |nous |plus me )?${CONTACT_VERB} (?:plus|jamais|pas|plus jamais|jamais plus)\\b`,
  ),
  rule('opt_out', 4, `\\b(?:ne|n) (?:me |m |nous )?(?:\\w+ )?${CONTACT_VERB} (?:plus|jamais)\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:arret|arrete|arretez|arreter|cessez|cesser|stoppez|stopper|stop)\\w* (?:de |d )?(?:me |m |nous )?(?:${CONTACT_VERB}|${MSG}|spam\\w*|harcel\\w*|importuner|deranger)`,
  ),
  rule(
    'opt_out',
    4,
    `\\bstop (?:a |aux |au |avec |les |vos |ces |des |tes |a vos |a ces |this |these |the |your )?(?:vos |ces |tes )?${MSG}`,
  ),
  rule('opt_out', 4, `\\b(?:desinscri|desincri|desinscir|desinsri|desabonn|desabon|desinscription)\\w*`),
  rule(
    'opt_out',
    4,
    `\\b(?:retir|enlev|supprim|effac|ray|sort)\\w* (?:moi|nous|mon numero|mon num|mon contact|mes coordonnees|mes donnees|mes infos|mon nom|mon adresse|ce numero|le numero|mon telephone|mon tel)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:retir|enlev|supprim|effac|ray|sort)\\w* (?:moi |nous |mon numero |ce numero )?(?:de|du|des) (?:vos |votre |la |ta |cette |ces )?(?:liste|listes|fichier|fichiers|base|bases|contacts|repertoire|mailing)`,
  ),
  rule('opt_out', 4, `\\b(?:mon numero|mes donnees|mes coordonnees) (?:a |de )?(?:supprimer|effacer|retirer)\\b`),
  rule('opt_out', 3, `\\b(?:rgpd|cnil|bloctel|gdpr)\\b`),
  rule('opt_out', 4, `\\b(?:signal\\w*|report\\w*) (?:\\w+ ){0,4}(?:spam|arnaque|abusif|indesirable|scam)\\b`),
  rule('opt_out', 3, `\\b(?:c est du|encore du|arretez le|ce spam|du spam|spam)\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:laissez|laisse|foutez|fichez|fous|fiche|lachez|lache) (?:moi|nous) (?:tranquille|en paix|la paix)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:veu\\w*|souhait\\w*|desir\\w*) (?:plus|pas|plus jamais|aucun\\w*) (?:de |d |etre )?(?:${MSG}|recevoir|sollicit\\w*|contact\\w*|demarch\\w*)`,
  ),
  rule('opt_out', 4, `\\b(?:plus|pas|aucun\\w*) (?:de |d )?${MSG} (?:s il vous plait|svp|merci|please)?`),
  rule('opt_out', 4, `\\bunsubscrib\\w*|\\bopt (?:me )?out\\b|\\boptout\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:remove|delete|take) (?:me|my number|my details|my data|this number|us)\\b(?: (?:from|off))?`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:stop|quit|cease) (?:texting|messaging|contacting|calling|spamming|sending|bothering|harassing)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:don t|do not|never|dont) (?:ever )?(?:text|message|contact|call|sms|email|bother|spam|write to) (?:me|us)\\b`,
  ),
  rule('opt_out', 4, `\\bleave (?:me|us) alone\\b|\\bno (?:more )?(?:texts|messages|sms)\\b|\\blose my number\\b`),
  rule('opt_out', 3, `\\b(?:harcelement|harceler|harcele|harass\\w*)\\b`),

  // wrong_person
  rule('wrong_person', 4, `\\b(?:mauvais|faux) (?:numero|num|destinataire|correspondant|contact|interlocuteur)\\b`),
  rule('wrong_person', 4, `\\b(?:erreur|trompe|trompez|tromper) (?:de |d )?(?:numero|personne|destinataire)\\b`),
  rule('wrong_person', 3, `\\bvous (?:vous )?(?:etes|avez) trompe|\\bvous faites erreur\\b|\\bvous vous trompez\\b`),
  rule(
    'wrong_person',
    4,
    `\\b(?:ne|n) (?:travaille|bosse|fait partie|est|suis) plus (?:ici|la|chez|dans|de|partie|a)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:a quitte|est parti|est partie|a pris sa retraite|est a la retraite|est decede|a vendu|a cede|a ferme|ferme definitivement|n existe plus|a change de numero|ai change de numero)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:je ne suis pas|je suis pas|ce n est pas|c est pas|pas) (?:le |la |l )?(?:gerant|gerante|patron|patronne|proprietaire|responsable|decisionnaire|dirigeant|dirigeante|bonne personne|personne concernee|bon interlocuteur|boss|chef)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\b(?:voyez|voir|adressez vous|adresser|contactez|s adresser) (?:avec |a |au |aupres de )?(?:mon |ma |le |la |notre )?(?:associe|associee|patron|patronne|gerant|gerante|responsable|directeur|directrice|siege|comptable|mari|femme|collegue)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\b(?:je ne connais pas|connais pas|connait pas|qui est ce|c est qui) (?:de |cette |ce |cet )?(?:personne|monsieur|madame|entreprise|societe|garage)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\bwrong (?:number|person|contact|guy)\\b|\\bno longer (?:works?|with|at)\\b|\\b(?:left|has left) the (?:company|business)\\b|\\bnot the (?:owner|manager|right person|decision maker)\\b|\\bi m not (?:the )?(?:owner|manager|boss)\\b`,
  ),
  rule(
    'wrong_person',
    2,
    `\\b(?:aucun rapport|rien a voir|pas concerne|pas concernee|pas de garage|pas d entreprise|je suis (?:un )?particulier|suis particulier|a la retraite)\\b`,
  ),

  // callback: asks to be called, proposes a time, gives availability
  rule(
    'callback',
    4,
    `\\b(?:rappel|appel|appell|telephon|phon)\\w* (?:moi|nous|me|vous|plutot|demain|ce|cet|le|la|en|apres|avant|vers|a|au|dans|quand|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|des|dès)\\b`,
    'not_interested',
  ),
  rule(
    'callback',
    3,
    `\\b(?:m|me|nous|vous) (?:rappeler|appeler|telephoner|joindre|contacter par telephone)\\b`,
    'opt_out',
  ),
  rule('callback', 3, `\\b(?:je|on) (?:vous )?(?:rappelle|rappellerai|appelle|appellerai|telephone)\\b`),
  rule(
    'callback',
    3,
    `\\b(?:joignable|disponible|libre|dispo) (?:au|a|le|la|en|demain|ce|cet|des|apres|avant|vers|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|entre|tous|toute|tout|par|jusqu)\\b`,
    null,
  ),
  rule('callback', 2, `\\b(?:un |par )?(?:appel|coup de fil|coup de telephone|telephone)\\b`, null),
  rule('callback', 2, `\\b(?:rendez vous|rencontrer|se voir|passer me voir|passez me voir|visio|en visio)\\b`, null),
  rule('callback', 2, `\\b(?:on peut|pouvez|pourriez|peux) (?:en )?(?:parler|discuter|echanger|s appeler)\\b`, null),
  rule(
    'callback',
    4,
    `\\b(?:call|ring|phone) (?:me|us|back)\\b|\\bgive (?:me|us) a (?:call|ring)\\b|\\bcan you call\\b|\\bcall (?:tomorrow|today|on|at|after|before|this|next|monday|tuesday|wednesday|thursday|friday)\\b`,
    'opt_out',
  ),
  rule(
    'callback',
    3,
    `\\b(?:available|free|reachable) (?:on|at|tomorrow|today|after|before|between|this|next|monday|tuesday|wednesday|thursday|friday|all)\\b|\\b(?:set up|book|schedule) a (?:call|meeting)\\b|\\blet s (?:talk|chat|set up)\\b`,
    null,
  ),

  // later: not now, recontact later
  rule(
    'later',
    4,
    `\\b(?:recontact|revenez|revenir|reviens|repass|relanc|reecri|ecrivez|reparl|rappel|recontacter)\\w* (?:moi |nous |vers moi |vers nous )?(?:plus tard|dans|en|apres|a la|au|l an|l annee|d ici|la semaine prochaine|le mois prochain|debut|fin|courant|mi|quand|vers|a partir)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:pas |plutot pas |pas vraiment )(?:pour )?(?:maintenant|le moment|l instant|tout de suite|cette annee|ce mois ci|cette saison|aujourd hui)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:plus tard|une autre fois|un peu plus tard|ulterieurement|prochainement|dans quelques (?:semaines|mois)|l an prochain|l annee prochaine|a la rentree|apres l ete|apres les vacances|apres les fetes|apres noel|trop tot|en ce moment c est|pour l instant non|pour le moment non)\\b`,
  ),
  rule(
    'later',
    2,
    `\\b(?:dans|d ici) (?:\\d+|un|une|deux|trois|quatre|six|quelques) (?:semaines?|mois|ans?|annees?)\\b`,
  ),
  rule(
    'later',
    3,
    `\\b(?:not (?:right )?now|not at the moment|not yet|maybe later|later this year|next (?:year|quarter|month)|in a few (?:weeks|months)|after the summer|reach out (?:again )?(?:in|next|later|after)|get back to me (?:in|next|later|after)|check back|try (?:again )?(?:later|next))\\b`,
  ),
  rule(
    'later',
    2,
    `\\b(?:en ce moment|actuellement|pour l instant|pour le moment) (?:je suis |on est |c est |nous sommes )?(?:deborde|debordes|overbooke|charge|complet|en travaux|en vacances|ferme|occupe|occupes|pas dispo)\\w*`,
  ),
  rule('later', 1, `\\b(?:rentree|septembre|janvier|printemps|automne|hiver|ete|trimestre|semestre)\\b`),

  // not_interested: refuses, without asking to stop
  rule('not_interested', 3, `^(?:non|no|nan|nope|pas interesse|pas interessee|non merci|no thanks|no thank you)\\b`),
  rule(
    'not_interested',
    3,
    `\\b(?:non merci|no thanks|no thank you|merci mais non|merci non|ca ira|ca va aller|sans facon|je passe mon tour|pas pour moi|pas pour nous|not for (?:me|us)|we re good|we re all set|i m good|i m all set|not interested|pass)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:deja|already) (?:un |une |des |le |notre |mon |equipe|equipes|have|got|fait|pris|tout|quelqu un|un prestataire|une agence|un site|quelqu un)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:on a|j ai|nous avons|avons) (?:deja|ce qu il faut|tout ce qu il faut|notre)\\b|\\bon est (?:deja )?(?:equipe|equipes|bien equipe)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:pas besoin|aucun besoin|pas d utilite|inutile|sans interet|pas utile|n en ai pas besoin|n en avons pas besoin|don t need|no need|not needed)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:trop cher|pas le budget|pas de budget|pas les moyens|too expensive|no budget|can t afford)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:ca ne m interesse|ca m interesse pas|ca ne nous interesse|ca nous interesse pas|m interesse pas|m interesse plus)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:arnaque|escroc|escroquerie|scam|vous etes des|bande de|degage|degagez|casse toi|cassez vous|allez vous faire|va te faire|fuck|foutez)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:je refuse|refuse|decline|on decline|pas question|hors de question|jamais de la vie|surement pas|certainement pas|absolument pas|pas du tout|nullement|no way|definitely not|absolutely not|hell no)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:on ferme|je ferme|je pars a la retraite|on arrete l activite|j arrete mon activite|cessation)\\b`,
  ),

  // interested: yes, wants it, wants to know more with clear interest
  rule(
    'interested',
    3,
    `^(?:oui|yes|ouais|yep|ok oui|oui oui|carrement|volontiers|avec plaisir|bien sur|absolument|tout a fait|parfait|super|genial|top|banco|go|let s go|why not|pourquoi pas|sure|of course|definitely|absolutely|sounds good|great|perfect)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:interesse|interessee|interesses|interessant|interessante|m interesse|nous interesse|ca m interesse|ca nous interesse|m interesserait|nous interesserait|interested|interesting|keen)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:je suis|on est|nous sommes|suis) (?:partant|partante|partants|preneur|preneuse|preneurs|chaud|chaude|ok|d accord|interesse|interessee|curieux|curieuse|open|tente|tentee)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:envoy|transmet|fait|fais|faites|adress|montr|partag)\\w* (?:moi|nous|me|m) (?:la |le |les |un |une |des |votre |vos |plus d |plus de |l |ca|ce|cela|tout)?(?:doc\\w*|plaquette|brochure|devis|offre|proposition|tarif\\w*|prix|infos?|informations?|details?|presentation|catalogue|exemple\\w*|lien|site|ca|cela|tout|grille|conditions|maquette|demo)`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:je veux bien|je voudrais bien|je veux|je voudrais|j aimerais|on veut bien|on voudrait|j aimerai|volontiers pour|ca me tente|ca nous tente|ca me dit|ca me plait|me tente|pourquoi pas|je suis pas contre|pas contre|ne suis pas contre|suis pas contre|n est pas de refus|c est pas de refus|ce n est pas de refus|pas de refus|let s do it|let s go|i d love|i would love|i d like|i would like|sign me up|count me in|go ahead|i m in|sounds (?:good|great|interesting)|tell me more|more info|more information|more details|send (?:me|us|over|it))\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    2,
    `\\b(?:en savoir plus|savoir plus|plus d informations|plus d info|plus de details|plus de precisions|davantage d informations|des precisions|je veux en savoir|dites m en plus|dites moi en plus|expliquez moi|comment ca marche|comment ca se passe|comment on fait|on commence quand|quand est ce qu on commence|c est quand qu on commence|quelles sont les etapes|how does it work|what are the next steps|how do we start|when can we start)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    1,
    `\\b(?:ok|d accord|ca marche|ca roule|entendu|parfait|super|genial|top|cool|nickel|bonne idee|good|great|nice|awesome|perfect|merci beaucoup)\\b`,
    null,
  ),
  rule(
    'interested',
    2,
    `\\b(?:besoin d un site|besoin de visibilite|besoin d aide|on en a besoin|j en ai besoin|ca tombe bien|justement|on cherchait|je cherchais|je cherche|we need|we were looking|i was looking|just what)\\b`,
    'not_interested',
  ),

  // question: asks something without interest or refusal
  rule(
    'question',
    2,
    `\\b(?:combien|quel (?:est le |est votre )?(?:prix|tarif|cout)|quels (?:sont )?(?:les |vos )?(?:prix|tarifs)|vos tarifs|les tarifs|le tarif|le prix|ca coute|ca coute combien|c est combien|c est payant|c est gratuit|how much|what s the (?:price|cost)|pricing|price|cost|rates)\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:vous etes qui|qui etes vous|qui est ce|c est qui|qui est a l appareil|qui parle|c est quelle (?:societe|entreprise|boite)|quelle (?:societe|entreprise|agence|boite)|vous etes quelle|de quelle (?:societe|entreprise|part)|who (?:is|are) (?:this|you)|what company|who s this|who sent)\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:comment|ou) (?:avez vous|vous avez|as tu|t as|tu as|avez) (?:eu|trouve|obtenu|recupere)\\b|\\bmon (?:numero|num|contact) (?:ou|comment)\\b|\\bhow did you get (?:my|this)\\b|\\bwhere did you get\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:c est quoi|qu est ce que c est|qu est ce que|quoi exactement|de quoi s agit il|de quoi il s agit|ca consiste en quoi|en quoi ca consiste|c est pour quoi|c est a quel sujet|a quel sujet|quel genre|quel type|what is (?:this|it)|what s (?:this|it)|what do you (?:do|offer|mean)|what kind|what exactly|is it free|do you)\\b`,
  ),
  rule(
    'question',
    1,
    `\\b(?:pourquoi|quand|comment|est ce que|est ce qu|vous faites|vous proposez|proposez vous|faites vous|y a t il|il y a|why|when|how|where|can you|could you|is there|are you)\\b`,
  ),
  rule('question', 1, `\\?`),
];

/** Auto-replies and non-answers: they say nothing about the lead. */
export const UNCLEAR_RULES: IntentRule[] = [
  rule(
    'unclear',
    4,
    `\\b(?:absent|absente|en conge|en conges|en vacances jusqu|de retour le|je serai de retour|reponse automatique|message automatique|repondeur|out of office|auto reply|automatic reply|i am away|i m away|currently away|ne pas repondre|no reply|do not reply|numero n est pas attribue|n est plus attribue|messagerie)\\b`,
  ),
];
