import { rule, type IntentRule } from './rule.js';

/**
 * "Répondez STOP au 36180", "Reply STOP to opt out", "… STOP SMS au 38181": an automated message telling its
 * readers how to leave its list.
 */
export const STOP_INSTRUCTION =
  '\\b(?:repondez|reply|text|txt|tapez|envoyez|send|texting|sending) stop\\b(?: (?:au|to|at|pour|par)\\b| ?(?:[.!,]|$))' +
  '|\\b(?:or|ou) stop (?:to|pour) (?:opt out|unsubscribe|end|cancel|ne plus|vous desinscrire|arreter)\\b' +
  // A short code after another sentence: "… Désinscription : STOP au 36200", "… Stop SMS : 36173" (alone, it is a lead's STOP)
  '|(?<=.{12})(?:[.!:)\\]] |\\b(?:desinscription|desabonnement|stop sms|stop pub) ?:? ?)(?:stop )?(?:sms |pub )?(?:au |: )?3\\d{4}\\b';

/**
 * A message that calls its reader "maman", "chéri", "dad": written to family or friends, it reached us by mistake,
 * and its "arrête de m'écrire" is not addressed to us.
 */
export const PERSONAL_VOCATIVE =
  '(?<!\\b(?:ma|mon|ta|ton|sa|son|my|your|his|her|our|la|le|votre|notre|de|du|a|au) )\\b(?:maman|papa|mom|mum|dad|daddy|mommy|cheri|cherie|frerot|soeurette|babe|honey)\\b';

/** Asks something, without clear interest or refusal. */
export const QUESTION_RULES: IntentRule[] = [
  rule(
    'question',
    2,
    `\\b(?:combien|quel (?:est le |est votre |serait le )?(?:prix|tarif|cout|montant|budget)|quels (?:sont )?(?:les |vos )?(?:prix|tarifs)|vos tarifs|les tarifs|le tarif|le prix|vos prix|ca coute|ca revient a|c est combien|c est payant|c est gratuit|how much|what s the (?:price|cost)|pricing|price|cost|rates|fees|fee)\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:vous etes qui|qui etes vous|qui est ce|c est qui|qui est a l appareil|qui parle|qui vous etes|c est quelle (?:societe|entreprise|boite)|quelle (?:societe|entreprise|agence|boite)|vous etes quelle|de quelle (?:societe|entreprise|part)|who (?:is|are) (?:this|you)|what company|who s this|who sent|who are you guys|^qui\\b)`,
  ),
  rule(
    'question',
    3,
    `\\b(?:comment|ou) (?:avez vous|vous avez|as tu|t as|tu as|avez|vous) (?:eu|trouve|obtenu|recupere|eu mon)\\b|\\bmon (?:numero|num|contact) (?:ou|comment)\\b|\\bhow did you get (?:my|this)\\b|\\bwhere did you get\\b|\\bqui vous a donne\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:c est quoi|ca veut dire quoi|qu est ce que ca veut dire|what does (?:that|this|it) mean|qu est ce que c est|qu est ce que|quoi exactement|de quoi s agit il|de quoi il s agit|ca consiste en quoi|en quoi ca consiste|en quoi consiste|c est pour quoi|c est a quel sujet|a quel sujet|quel genre|quel type|what is (?:this|it)|what s (?:this|it)|what do you (?:do|offer|mean|sell)|what kind|what exactly|is it free|do you|comment ca marche|comment ca fonctionne|how does (?:it|this) work|ca marche comment)\\b`,
  ),
  rule(
    'question',
    3,
    `\\b(?:c est une |is this a |is it a |c est un |est ce une |est ce un )(?:arnaque|scam|blague|joke|vrai|real)\\b|\\blegit\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:j aimerais|je voudrais|je veux|puis je|pourriez vous me dire|pouvez vous me dire|dites moi) (?:savoir|comprendre|connaitre|qui|ce que|ou|comment|pourquoi)\\b|\\bc est vous qui\\b`,
  ),
  rule(
    'question',
    2,
    `\\b(?:vous etes ou|ou etes vous|vous etes base|vous etes situe|where are you|vous faites quoi|que faites vous|vous vendez quoi|que vendez vous|quels? services?|quelles? prestations?|quelle offre|what services|what do you sell)\\b`,
  ),
  rule('question', 3, `\\bd ou (?:vous avez|avez vous|tenez vous|vient|sortez vous|vous tenez)\\b`),
  rule(
    'question',
    1,
    `\\b(?:pourquoi|quand|comment|est ce que|est ce qu|vous faites|vous proposez|proposez vous|faites vous|y a t il|why|when|how|where|can you|could you|is there|are you|do you|savoir)\\b`,
  ),
  rule(
    'question',
    3,
    `\\bwhat s the catch\\b|\\bc est quoi l arnaque\\b|\\bou est le piege\\b|\\bquel est le piege\\b|\\bc est vous qui (?:avez|m avez)\\b|\\bmeme (?:boite|societe|entreprise) que\\b`,
  ),
  // Thirty-first development set (trades): how the demo or the site works, not a call request
  rule(
    'question',
    3,
    `\\b(?:prise|prendre) (?:de )?(?:rdv|rendez vous) en ligne\\b|\\bse (?:fait|passe|deroule) comment\\b|\\b(?:marche|fonctionne|s affiche|passe) (?:bien |aussi )?sur (?:le |les |un )?(?:telephone|telephones|mobile|mobiles|portable|portables|smartphone|smartphones|tablette|tablettes)\\b`,
  ),
  // Thirty-second development set: who the call is with, whether it costs anything, "et si j'ai déjà un site … ?"
  rule(
    'question',
    3,
    `\\bc est avec qui\\b|\\b(?:dois|faut il|faut|faudra|faudrait) (?:payer|regler) (?:quelque chose|qqch|un truc|quoi que ce soit)\\b`,
  ),
  rule('question', 5, `\\b(?:et )?si (?:j ai|on a|nous avons|j avais|on avait) deja (?:un|une|notre|mon)\\b[^.!?]*\\?`),
  // Thirty-fifth development set: "le paiement c'est mensuel ou annuel", a dictated "point d'interrogation", "en visio ou vous passez ?"
  rule(
    'question',
    4,
    `\\b(?:mensuel|mensuellement) ou (?:annuel|annuellement)\\b|\\bpoint d interrogation\\b|\\ben visio ou (?:vous passez|en vrai|sur place|en boutique|au magasin|en personne|en presentiel)\\b`,
  ),
];

/** Auto-replies and non-answers: they say nothing about the lead. */
export const UNCLEAR_RULES: IntentRule[] = [
  rule(
    'unclear',
    4,
    `\\b(?:absent|absente|en conge jusqu|en conges jusqu|en vacances jusqu|de retour le|je serai de retour|reponse automatique|message automatique|repondeur|out of office|auto reply|automatic reply|autoreply|i am away|i m away|currently away|ne pas repondre|no reply|do not reply|n est pas attribue|n est plus attribue|n est pas disponible actuellement|messagerie vocale|ne pas deranger|je suis en reunion|je vous rappelle plus tard|i m driving|je conduis|je suis au volant|i ll get back to you|je reviens vers vous des que possible|nous reviendrons vers vous|votre message a bien ete recu|votre demande a bien ete|merci pour votre message, nous|this number is not|ce numero n est (?:pas|plus) (?:attribue|disponible|en service|valide|joignable)|(?:ne |n )?(?:recoit|recois|lit) (?:pas|aucun) (?:de |les )?(?:sms|messages|textos)|(?:cannot|can t|does not|doesn t) (?:receive|accept) (?:sms|texts|text messages)|vous etes bien sur|nos horaires|horaires d ouverture|nous sommes fermes|actuellement ferme|^messagerie)\\b`,
  ),
  rule(
    'unclear',
    6,
    `^(?:reponse automatique|message automatique|auto ?reply|automatic reply|autoreply|out of office)\\b|\\bstop ou encore\\b|\\bpour (?:toute urgence|les urgences|annuler|modifier|reporter|prendre rendez vous|prendre rdv)\\b.{0,40}\\b(?:appel|contact|compos|joindre)\\w*|${STOP_INSTRUCTION}`,
  ),
  rule('unclear', 4, `\\b(?:nous vous repondrons|nous vous recontacterons|repondrons des|nous repondrons)\\b`),
  // A message meant for family or friends reached the wrong number.
  rule(
    'unclear',
    4,
    `\\b(?:cheri|cherie|bisous|bisou|mon amour|mon coeur|maman|papa|les enfants|(?:prendre|acheter|ramene\\w*|prends|achete) (?:le|du) pain|honey|babe|sweetie|love you|the kids|mamie|papi|veto|le moteur)\\b`,
  ),
  rule('unclear', 1.5, `\\b(?:tu|toi|te|t es|t as|ton|ta|tes)\\b`),
  rule('unclear', 4, `\\b(?:envoye depuis mon|envoye de mon|sent from my|get outlook for)\\b`),
  // "huh?", "hein ?": puzzled, not a question about the offer (a bare "euh" stays unsure, for the LLM).
  rule('unclear', 4, `^(?:huh|hein|hmm*|euh+|heu+|eh|quoi|what|wut|wat)\\s*\\?[?!.]*$`),
  // "Oui ?" answering a text it does not place; "[Réponse auto] …"
  rule(
    'unclear',
    4,
    `^(?:oui|yes|allo|allo oui|ouais|yes allo)\\s*\\?[?!.]*$|^\\W*(?:reponse auto|message auto|auto reply)\\b`,
  ),
  // Operator announcements: "ce correspondant n'est plus disponible, merci de renouveler votre appel"
  rule(
    'unclear',
    6,
    `\\b(?:ce|votre) correspondant n est (?:pas|plus) (?:disponible|joignable|attribue)\\b|\\brenouveler votre appel\\b`,
  ),
  // Dictated questions come without "?": "vous etes une societe francaise", "y a des frais caches", "ses quoi ce message"
  rule(
    'question',
    2,
    `^(?:vous (?:avez|etes|faites|travaillez|proposez|pouvez|acceptez|gerez|intervenez|venez)|il y a|y a|ya|il faut|faut il|est ce que|c est (?:quoi|pour|combien|gratuit|payant|possible|bien)|ses (?:quoi|gratuit|combien|possible)|c (?:quoi|possible)|combien|quel|quelle|quels|quelles|comment|pourquoi|qui|quand)\\b(?![^.!?]*\\b(?:merci|non|pas interesse)\\b)(?!.*[.!?])`,
  ),
  rule(
    'unclear',
    6,
    `\\b(?:office|shop|store|salon|restaurant|bureau|magasin|cabinet) (?:is |est )?(?:closed|ferme) (?:for|pour) (?:the |le |la |les )?(?:bank holiday|holidays?|vacances|conges|jour ferie|pont)\\b`,
  ),
  rule('unclear', 4, `^(?:hello|allo|hi|hey)(?:\\s*\\?)+\\s*$`),
  // Greetings that ask nothing ("c'est comment ?", "on dit quoi ?"), automated replies anywhere in the text
  rule('unclear', 4, `^(?:c est comment|on dit quoi|ca dit quoi)(?:\\s*\\?)*\\s*$`),
  rule(
    'unclear',
    6,
    `\\b(?:this is an automated (?:reply|message|response)|automated (?:reply|message|response)|messagerie automatique|out of (?:the )?office until)\\b|\\bvotre ticket (?:n )?#? ?\\d+`,
  ),
  rule('question', 3, `\\bje me permets de (?:vous )?demander\\b|\\bsiret\\b`),
  // Notifications from other senders, voicemail transcripts, missed-call notices
  rule(
    'unclear',
    6,
    `\\b(?:reponse automatique|ne pas repondre|ne repondez pas a ce (?:sms|message)|votre colis|code de retrait|votre commande (?:drive )?est|votre forfait|votre attestation|une operation de \\d+|votre (?:rdv|rendez vous) (?:du|chez|est confirme)|(?:rdv|rendez vous) (?:est )?confirme|nouveau message vocal|voicemail transcript|appel manque|missed call from|serveur d envoi automatique|envois automatiques|sms automatique(?= ?[.!]|$)|ce numero ne recoit pas (?:les )?(?:sms|messages)|does not accept text messages)\\b`,
  ),
  // Thirty-fourth development set: notifications and reminders not written to us
  rule(
    'unclear',
    6,
    `\\b(?:un paiement|un virement|un prelevement) de \\d|\\b(?:votre|ton) (?:colis|commande|abonnement|mot de passe|demande de resiliation|carte)\\b[^.!?]{0,40}\\b(?:a ete|a bien ete|ont ete|est disponible|est arrive|a ete depose)\\b|\\bfacture [a-z0-9 ]{0,20} en (?:pj|piece jointe)\\b|^rappel ?:? (?:votre )?(?:rdv|rendez vous) (?:chez|avec|le)\\b|\\brepondez annuler\\b`,
  ),
];
