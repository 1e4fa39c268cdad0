import { CONTACT_VERB, CONTACT_VERB_STRICT, MSG, rule, type IntentRule } from './rule.js';

/** Asks for no more contact, in any words. Any one of these decides (weight ≥ 3): a missed opt-out is the worst error. */
export const OPT_OUT_RULES: IntentRule[] = [
  // "ne m'écrivez plus", "m'envoyez plus rien", "ne nous contactez jamais"
  rule(
    'opt_out',
    4,
    `\\b(?:me|m|nous) ${CONTACT_VERB} (?:plus|jamais)\\b(?! (?:tard|tot|loin|de (?:details|precisions|infos?|informations?)))`,
  ),
  rule('opt_out', 4, `\\b(?:ne|n) (?:me |m |nous )?(?:\\w+ )?${CONTACT_VERB} (?:plus|jamais)\\b(?! (?:tard|tot|loin))`),
  rule('opt_out', 4, `\\b(?:ne|n) (?:me |m |nous )${CONTACT_VERB_STRICT} pas\\b`),
  rule('opt_out', 4, `\\b(?:ne |n )?(?:plus|jamais|pas) (?:me |m |nous )${CONTACT_VERB}`),
  rule('opt_out', 4, `\\bde ne (?:plus|jamais|pas) (?:me |m |nous )?(?:${CONTACT_VERB}|recevoir)`),
  rule('opt_out', 4, `\\b(?:ne |n )?(?:plus|jamais|pas|rien) (?:rien )?recevoir\\b`),
  // "arrêtez de m'envoyer", "arete de menvoyer des sms", "stop aux sms"
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:le|un|du|au|mon|ce|l|d) )\\b(?:ar+e+t+\\w*|cess\\w*|stop\\w*|halte) (?:de |d |a |au |aux |avec |les |vos |ces |des |tes |vot |votre |le |la )*(?:me |m |nous |vous )?(?:${CONTACT_VERB}|${MSG}|spam\\w*|harcel\\w*|deranger|ca)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `(?<!(?:viens de|vient de|je me suis|me suis|s est) (?:me |m |se |s )?)\\b(?:desinscri|desincri|desinscir|desinsri|desinscr|desabonn|desabon)\\w*\\b(?! (?:des|du|de la|d) (?!vos|votre|ce|cette|ces|liste|tout))`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:retir|enlev|supprim|effac|ray|sort|vir|oubli|degag|jet)\\w* (?:moi|nous|mon numero|mon num|mon contact|mes coordonnees|mes donnees|mes infos|mon nom|mon adresse|ce numero|le numero|mon telephone|mon tel|mon 06|mon portable)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:retir|enlev|supprim|effac|ray|sort|vir)\\w* (?:moi |nous |mon numero |ce numero )?(?:de|du|des) (?:vos |votre |la |ta |cette |ces |tes )?(?:liste|listes|fichier|fichiers|base|bases|contacts|repertoire|mailing|annuaire|campagnes?)`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:mon numero|mes donnees|mes coordonnees|mon contact) (?:a |de |doit etre |doivent etre )?(?:supprim|effac|retir)\\w*`,
  ),
  rule(
    'opt_out',
    3,
    `\\b(?:rgpd|cnil|bloctel|gdpr|33700|plainte|porter plainte|avocat|harcelement|harceler|harcele|harassment|harassing)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:signal\\w*|report\\w*|bloqu\\w*|block\\w*) (?:\\w+ ){0,4}(?:spam|arnaque|abusif|indesirable|scam|33700|numero|number)\\b`,
  ),
  rule('opt_out', 4, `^(?:signale|signalé|signale au|bloque|blocked|reported)\\b`),
  rule('opt_out', 3, `\\b(?:c est du|encore du|arretez le|ce spam|du spam|spam|spammer|spammeur|spammeurs)\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:laissez|laisse|foutez|fichez|fous|fiche|lachez|lache) (?:moi|nous) (?:tranquille|en paix|la paix)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:veu\\w*|souhait\\w*|desir\\w*|voudrais) (?:plus|pas|plus jamais|aucun\\w*|rien) (?:rien )?(?:de |d |etre )?(?:vos |ces |tes |les |des |votre )?(?:${MSG}|recevoir|sollicit\\w*|contact\\w*|demarch\\w*)`,
  ),
  rule('opt_out', 4, `\\b(?:plus|aucun\\w*|jamais) (?:de |d )?(?:vos |ces )?${MSG}\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:pas la peine|inutile|c est pas la peine|ce n est pas la peine) (?:de |d )(?:me |m |nous )?(?:${CONTACT_VERB}|rappeler|recontacter)`,
  ),
  rule('opt_out', 3, `\\bsi vous (?:continuez|recommencez|insistez)\\b|\\bjamais (?:rien )?demande\\b`),
  rule(
    'opt_out',
    4,
    `^stop\\b(?= ?[!.,;:]| (?:enough|now|please|merci|svp|s il|stop|maintenant|immediatement)|$)|(?<!non )\\bstop ?[!.]*$`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:marre|assez|ras le bol|saoule|soule|gave|fatigue|lasse|fini|finis|fin) (?:de |des |d |avec )?(?:vos |ces |tes |les |recevoir |tous ces )?${MSG}`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:pas|non|plus) (?:de |d |au |a la |aux )?(?:demarchage|prospection|pubs?|publicites?|sollicitations?|spam)s?\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:veu\\w*|souhait\\w*|desir\\w*|voudrais|aimerais) (?:plus|pas|plus jamais|jamais) (?:etre |etre a nouveau |qu on me |que vous me )?(?:derange|contact|sollicit|harcel|demarch|relanc|appel|ecri|envo|importun)\\w*`,
  ),
  rule(
    'opt_out',
    3,
    `\\b(?:degage|degagez|foutez le camp|allez vous faire|va te faire|casse toi|cassez vous|lachez moi|fous moi|foutez moi|dernier avertissement|derniere fois que je)\\b`,
  ),
  rule(
    'opt_out',
    3,
    `\\b(?:go away|get lost|fuck off|f off|piss off|back off|buzz off|i said stop|told you to stop)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:dit|dis|dire|repete|reponds|repond|repondu|ecrit|tape|envoye|say|said|saying|reply|replied|typed|texted) (?:deja |encore |bien |you )?(?:stop|arret|unsubscribe)\\b`,
  ),
  // English
  rule('opt_out', 4, `\\bun ?sub\\w*|\\bunsusbscribe|\\bopt (?:me )?out\\b|\\boptout\\b|\\bopt ?out\\b`),
  rule('opt_out', 4, `\\b(?:remove|delete|take|erase) (?:me|my number|my details|my data|my info|this number|us)\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:stop|quit|cease) (?:texting|messaging|contacting|calling|spamming|sending|bothering|harassing|emailing)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:don t|do not|never|dont|please don t|pls don t) (?:ever )?(?:text|message|contact|call|sms|email|bother|spam|write to|send) (?:me|us|this number)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bleave (?:me|us) alone\\b|\\bno (?:more )?(?:texts|messages|sms|spam)\\b|\\blose (?:my|this) number\\b|\\bwrong to text\\b|\\bnot (?:to )?(?:text|contact) me\\b`,
  ),
];

/** Whole-message keywords (Twilio's defaults, French counterparts, frequent typos). */
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
  'arret',
  'arrete',
  'arreter',
  'arretez',
  'aret',
  'arrette',
  'desinscription',
  'desinscrire',
  'desinscrivez moi',
  'desabonner',
  'desabonnement',
  'stopper',
  'halte',
  'remove',
  'supprimer',
  'spam',
  'stpo',
  'sotp',
  'stopp',
  'stoop',
  'stoo',
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
  'svp',
  'ok',
  'bonjour',
  'hello',
  'hi',
  'non',
  'no',
  'enough',
  'already',
];
