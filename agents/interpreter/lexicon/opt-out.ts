import { CONTACT_VERB, CONTACT_VERB_STRICT, MSG, mention, rule, type IntentRule } from './rule.js';

/** Asks for no more contact, in any words. Any one of these decides (weight ≥ 3): a missed opt-out is the worst error. */
export const OPT_OUT_RULES: IntentRule[] = [
  // "ne m'écrivez plus", "m'envoyez plus rien", "ne nous contactez jamais"
  rule(
    'opt_out',
    4,
    `\\b(?:me|m|nous) ${CONTACT_VERB} (?:plus|jamais)\\b(?! (?:tard|tot|loin|de (?:details|precisions|infos?|informations?)))`,
  ),
  rule('opt_out', 4, `\\b(?:ne|n) (?:me |m |nous )?(?:\\w+ )?${CONTACT_VERB} (?:plus|jamais)\\b(?! (?:tard|tot|loin))`),
  rule(
    'opt_out',
    4,
    `\\b(?:ne|n) (?:me |m |nous )(?:${CONTACT_VERB_STRICT}|appel\\w*|telephon\\w*) pas\\b(?! (?:avant|apres|d ici|pendant|jusqu|cet|cette|ce mois|ce week|le matin|le soir|le midi|le week end|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|entre|sur ce (?:numero|portable|fixe) mais|sur (?:le|mon) (?:fixe|portable|0\\d)))`,
  ),
  rule('opt_out', 4, `\\b(?:ne |n )?(?:plus|jamais|pas) (?:me |m |nous )${CONTACT_VERB}`),
  rule('opt_out', 4, `\\bde ne (?:plus|jamais|pas) (?:me |m |nous )?(?:en |y )?(?:${CONTACT_VERB}|recevoir)`),
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:peut|peuvent|pouvons|pouvez|pourra|pourront|sait|savent) (?:ne |n )?)\\b(?:ne |n )?(?:plus|jamais|pas|rien) (?:rien )?recevoir\\b`,
  ),
  // "arrêtez de m'envoyer", "arete de menvoyer des sms", "stop aux sms"
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:le|un|du|au|mon|ce|l|d|j ai|on a|nous avons|il a|elle a|ils ont|j avais|on avait) )\\b(?:ar+e+t+\\w*|cess\\w*|stop\\w*|halte) (?:de |d |a |au |aux |avec |les |vos |ces |des |tes |vot |votre |le |la |tout |toute |tous |toutes |immediatement |definitivement |maintenant |desormais |donc |svp |s il vous plait )*(?:me |m |nous |vous )?(?:${CONTACT_VERB}|${MSG}|spam\\w*|harcel\\w*|deranger|ca)\\b(?! (?:cette semaine|ce mois ci|aujourd hui|ce week end|pendant (?:les|mes|nos|la|le)|jusqu a (?:lundi|mardi|mercredi|jeudi|vendredi|la|le|l)))`,
  ),
  rule(
    'opt_out',
    4,
    `(?<!(?:viens de|vient de|je me suis|me suis|s est) (?:me |m |se |s )?)(?<!\\b(?:si|quand|lorsque) (?:je |j |on |nous )(?:veux |voulons |veut |souhaite |souhaitons |decide de |decidons de )?(?:me |m |nous |se |s )?)\\b(?:desinscri|desincri|desinscir|desinsri|desinscr|desabonn|desabon|desabo|dsinscri|desincri)\\w*\\b(?! (?:des|du|de la|de|d) (?!vos|votre|ce|cette|ces|liste|listes|tout))(?!(?: \\w+){0,4} (?:facilement|a tout moment|quand (?:je|on) (?:le )?veu\\w*|sans (?:frais|engagement|penalite)|en cas de)\\b)`,
  ),
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:ai|as|a|avons|avez|ont|avais|avait) )\\b(?:retir|enlev|sup+rim|effac|efac|ray|sort|vir|oubli|degag|jet|barr|radi|ot(?=ez |er |e ))\\w* (?:moi|nous|mon numero|mon num|mon contact|mes coordonnees|mes donnees|mes infos|mon nom|mon adresse|ce numero|le numero|mon telephone|mon tel|mon 06|mon 07|mon portable|mon natel|mon compte|mon profil|mon dossier|ma fiche|ce contact|cette fiche|ces coordonnees)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:retir|enlev|sup+rim|effac|efac|ray|sort|vir|biff|barr|radi)\\w* (?:moi |nous |mon numero |ce numero |le |la |les |l )?(?:de|du|des) (?:vos |votre |la |ta |cette |ces |tes |toutes vos |tous vos )?(?:liste|listes|fichier|fichiers|base|bases|bdd|contacts|repertoire|mailing|annuaire|campagnes?|registres?|crm|systeme)`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:mon numero|mes donnees|mes coordonnees|mon contact) (?:a |de |doit etre |doivent etre )?(?:supprim|effac|retir)\\w*`,
  ),
  mention(
    'opt_out',
    3,
    `(?<!\\b(?:conforme|conformes|conformite|compliant|compliance) (?:au |a la |aux |du |de la |with |to |the )?)\\b(?:rgpd|gdpr)\\b|\\b(?:cnil|bloctel|ico|ftc|fcc|ofcom)\\b`,
  ),
  rule(
    'opt_out',
    3,
    `\\b(?:33700|plainte|porter plainte|mon avocat|nos avocats|my lawyer|harcelement|harceler|harcele|harassment|harassing|report you|reporting you)\\b`,
  ),
  // "vous connaissez la CNIL ?": a threat, even as a question
  rule(
    'opt_out',
    4,
    `\\b(?:connaissez|connais|connait|ca vous dit quelque chose|know about|heard of|ever heard of) (?:\\w+ ){0,2}(?:cnil|bloctel|rgpd|gdpr|ico|33700)\\b|\\b(?:saisi\\w*|signal\\w*|report\\w*|plainte\\w*|previen\\w*|alert\\w*) (?:\\w+ ){0,3}(?:cnil|ico|ftc|fcc|ofcom|33700|dgccrf)\\b|\\b(?:prochain\\w*|encore un\\w*|next|another|one more) (?:\\w+ ){0,6}(?:cnil|ico|ftc|fcc|ofcom|bloctel|plainte)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:signal\\w*|report\\w*|bloqu\\w*|block\\w*) (?:\\w+ ){0,4}(?:spam|arnaque|abusif|indesirable|scam|33700|numero|number)\\b(?<!\\b(?:leur|leurs|their|son|sa|ses|his|her) (?:numero|number))`,
  ),
  rule('opt_out', 4, `^(?:signale|signalé|signale au|bloque|blocked|reported)\\b`),
  mention(
    'opt_out',
    3,
    `\\b(?:c est du spam|encore du spam|arretez le spam|ce spam|du spam|(?<!\\b(?:my|mes|mon|the|in|dans|les) )spam(?! (?:folder|folders|box|filter|filters|dossier))|spammer|spammeur|spammeurs)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:laissez|laisse|foutez|fichez|fous|fout|fiche|lachez|lache|sacrez|sacre|crissez) (?:moi|nous) (?:tranquille|en paix|la paix|patience)\\b`,
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
    `\\b(?:pas la peine|inutile|c est pas la peine|ce n est pas la peine) (?:de |d )(?:me |m |nous )?(?:${CONTACT_VERB}|rappeler|recontacter|revenir vers (?:moi|nous))`,
  ),
  rule('opt_out', 3, `\\bsi vous (?:continuez|recommencez|insistez)\\b|\\bjamais (?:rien )?demande\\b`),
  rule(
    'opt_out',
    4,
    `^stop\\b(?!.*\\b(?:je vous arrete|c est exactement|exactement|exactly|genial|parfait|bouge pas|attend|attendez|j arrive|ne bouge|exactly what|(?:rappelez|rappelle|appelez|call me|call back)\\b(?! pas| plus| jamais)|(?:je suis|on est|nous sommes|i m|we re|i am|we are) (?:tres |vraiment |finalement |super |really |very )?(?:interesse|partant|interested|in)\\w*\\b(?! (?:pas|plus|not))|(?:pile )?au bon moment|you had me|envoyez moi (?:tout|la|le|les|vos)|send me (?:the|your|more|some)|(?:une|j ai une|petite|a quick|one) question|je signe|on signe|count me in|sign me up|i m in\\b|we re in\\b|j allais (?:justement )?vous (?:contacter|appeler|ecrire)|(?:oui )?ca (?:m|nous) interesse\\b(?! (?:pas|plus))))(?= ?[!.,;:]| (?:enough|now|please|merci|svp|s il|stop|maintenant|immediatement)|$)|(?<!non )\\bstop ?[!.]*$`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:marre|assez|ras le bol|saoule|soule|gave|fatigue|lasse|fini|finis|fin) (?:de |des |d |avec )?(?:vos |ces |tes |les |recevoir |tous ces )?${MSG}`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:pas|non|plus) (?:de |d |au |a la |aux )?(?:demarchage|prospection|pubs?|publicites?|sollicitations?|spam)s?\\b(?! pour (?:le|la|l|notre|nos|mon|ma|mes|nous|moi|un|une)\\b)`,
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
    `(?<!\\bsi (?:je |on |nous |j )(?:vous |te )?)(?<!\\b(?:jamais|never|pas|not|didn t|did not|n ai pas) )\\b(?:dit|dis|dire|repete|reponds|repond|repondu|ecrit|tape|envoye|say|said|saying|reply|replied|typed|texted) (?:deja |encore |bien |you )?(?:stop|arret|unsubscribe)\\b`,
  ),
  // English
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:if|when|once|should) (?:i|we|you|they) (?:later |ever |decide to |want to |choose to )?)\\b(?:un ?sub|uns\\w{0,4}cri)\\w*\\b(?! (?:fee|fees|cost|costs|charge|charges|penalty|penalties)\\b| from (?!(?:your|this|the|these|those|all|ur|everything|it|them|any|my|our)\\b))|\\bunsusbscribe|\\bopt (?:me )?out\\b|\\boptout\\b|\\bopt ?out\\b`,
  ),
  rule('opt_out', 4, `\\b(?:remove|delete|take|erase) (?:me|my number|my details|my data|my info|this number|us)\\b`),
  rule(
    'opt_out',
    4,
    `\\b(?:stop|quit|cease) (?:texting|messaging|msging|msg|txting|contacting|calling|spamming|sending|bothering|harassing|emailing|blowing up|bugging|pestering|hassling|hitting (?:me )?up|hitting (?:my|this) (?:line|phone|number|cell))\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:don t|do not|never|dont|please don t|pls don t) (?:ever )?(?:text|message|contact|call|sms|email|bother|spam|write to|send) (?:me|us|this number)\\b(?! (?:before|until|till|during|between|in the (?:morning|afternoon|evening)|on (?:weekends|sundays|mondays)|after))`,
  ),
  rule(
    'opt_out',
    4,
    `\\bleave (?:me|us) alone\\b|\\bno (?:more )?(?:texts|messages|sms|spam)\\b|\\blose (?:my|this) number\\b|\\bwrong to text\\b|\\bnot (?:to )?(?:text|contact) me\\b`,
  ),
  mention(
    'opt_out',
    4,
    `\\b(?:responsable (?:du|de) traitement|droit d opposition|droit a l oubli|donnees personnelles|opposition au traitement|tps|ctps|do not call list|do not call register)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:effac|sup+rim|retir|ray|delet|remov|eras|strik|scrub|wip)\\w* (?:le|la|les|l|it|them)(?= ?[.!]|$| (?:immediatement|tout de suite|de suite|maintenant|svp|stp|merci|s il vous plait|asap|now|please|de (?:vos|votre|ta|tes|ces)))|\\b(?:delete|remove|erase|strike|scrub|wipe) (?:it|this number|my number|them|me)\\b|\\bfrom (?:your|the) (?:records|database|list|lists|files|system|mailing list)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bcease and desist\\b|\\b(?:cease|stop|end) all (?:further |future )?(?:communications?|contact|messages|texts)\\b|\\b(?:cut it out|knock it off|enough with the|enough of (?:the|your))\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:me |m |nous )lach\\w*|\\b(?:don t|do not) want (?:to (?:receive|get) )?(?:any )?(?:more |further )?(?:marketing|messages|texts|sms|calls|offers|spam|contact)\\b|\\b(?:receive|get) any (?:more|further)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bne plus (?:utiliser|appeler|composer|contacter|ecrire a|texter|employer|exploiter) (?:ce|mon|notre) numero\\b|\\b(?:ne )?(?:figure\\w*|apparai\\w*|faire partie|etre) plus (?:dans|de|sur|parmi) (?:vos|votre|la|les|ces)\\b|(?<!(?:viens|vient|venons) de |\\bsi (?:je |on )(?:veux|voulons|veut|souhaite|decide de) )\\b(?:me |m )(?:retirer|enlever|supprimer|desinscrire|rayer|effacer|sortir)\\b(?!(?: \\w+){0,4} (?:facilement|a tout moment|quand (?:je|on) (?:le )?veu\\w*|sans (?:frais|engagement|penalite)|en cas de)\\b)|\\bplus (?:faire partie|figurer|apparaitre|etre) (?:de|dans|sur|parmi) (?:vos|votre|la|les|ces)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:souhait|veu|desir|voudr|aimer|prefer)\\w* (?:ne )?(?:plus|pas|jamais) (?:etre )?(?:recontact|contact|derang|sollicit|harcel|demarch|relanc|appel|ecri|envo|importun|recevoir)\\w*|\\bde ne plus (?:me |m |nous )?(?:adress|envo|transmet|ecri|fai)\\w*`,
  ),
  rule(
    'opt_out',
    4,
    `\\bje (?:vais )?(?:vous )?(?:bloque|signale|bloquer|signaler|blackliste|blacklister)\\b(?! (?:deja |aussi |toujours )?(?:mes|les|des|nos|mon|ma|un|une|le|la|l|ce|cet|cette) (?!numero|num\\b|contact|expediteur))|\\bblack ?list\\w*|\\brefuse\\w* (?:de )?recevoir\\b|\\bplus jamais (?:\\w+ ){0,3}${MSG}`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:maintenant|alors|donc|et|bon|allez|bref|mais) stop\\b|\\bstop (?:maintenant|now|immediatement|tout de suite|please)\\s*[.!]*$|\\bvous insistez\\b|\\bi said no\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:m oublier|oubliez moi|oublie moi|vous m oubliez|oubliez nous|oubliez que j existe|oublie que j existe|forget (?:me|my number|about me|i exist))\\b|\\bsans mon (?:accord|consentement|autorisation)\\b|\\bjamais donne (?:mon |d |votre )?(?:accord|consentement|numero)\\b|\\bpas donne mon (?:accord|consentement|numero)\\b|\\bwithout my (?:consent|permission)\\b|\\bnever gave (?:you )?(?:my|this) (?:number|consent)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `(?:^|[.!?,;:] |\\b(?:bon|allez|stop|maintenant|la|c est bon|oh) )ca suffit\\b|\\bca suffit (?:maintenant|comme ca|les|vos|avec|la)\\b|\\bca suffit\\s*!|\\b(?:vous me|tu me) (?:saoulez|soulez|fatiguez|harcelez|cassez les|gonflez|emmerdez|agacez|pourrissez|saoules|gonfles)\\b|(?<!\\b(?:il|elle|ils|elles|qui|proprietaire|patron|patronne|gerant|gerante|directeur|directrice|personne|owner) )\\b(?:n |ne )(?:utilis|employ|compos|gard|conserv|exploit)\\w* (?:plus|pas) (?:mon|ce|notre|mes|nos)\\b|\\b(?:ne|n) (?:me |m |nous )?${CONTACT_VERB} rien\\b`,
  ),
  rule(
    'opt_out',
    4,
    `(?<!n ai |pas recu |recu |recoit |recois |peut recevoir |accepte )\\bpas (?:de |d )(?:vos |ces )?(?:sms|textos?|messages?|pubs?|publicites?)\\b(?! vocal| pour (?:le|la|l|notre|nos|mon|ma|mes|nous|moi|un|une)\\b)|\\b(?:please stop|stop please|pls stop|stop it|stop this|stop that|quit it|quit that|quit this)\\b|^(?:no more|enough)(?=\\s*[.!]*$| (?:please|pls|thanks|thank you|texts?|messages?|sms|spam|of (?:this|these|your|it)|now|already|with|calls?)\\b)|\\bdon t want to hear from\\b|\\b(?:don t|do not) want (?:these|your|this|those|any of (?:these|your)) (?:messages|texts|sms|offers)\\b`,
  ),
  rule(
    'opt_out',
    3,
    `\\bj en ai marre(?=\\s*[.!]*$| de (?:vous|vos|tes|recevoir|votre|ces (?:${MSG}|gens|commerciaux|appels|relances|demarcheurs)))|\\bras le bol(?=\\s*[.!]*$| de (?:vous|vos|tes|recevoir|votre|ces (?:${MSG}|gens|commerciaux|appels|relances|demarcheurs)))`,
  ),
  // "arrêtez svp c'est pénible", "vous commencez à me saouler, arrêtez" — the imperative, not "j'ai arrêté" nor "arrêtez-vous chez nous".
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:ai|as|a|avons|avez|ont|avais|avait|est|suis|sommes|etes|sont|j|on|il|elle|vous|ne|n) )\\b(?:arretez|arrettez|aretez|cessez|stoppez)(?= ?(?:[!.,;:]|$)| (?:svp|s il vous plait|stp|s il te plait|merci|maintenant|immediatement|tout de suite|de suite|ca suffit|c est (?:penible|lourd|chiant|relou|saoulant|insupportable|du harcelement|bon))\\b)`,
  ),
  // "je m'oppose à toute prospection", "liste d'opposition", "démarchage interdit"
  rule(
    'opt_out',
    4,
    `\\bm oppose\\w* (?:a|au|aux) (?:\\w+ ){0,2}(?:prospection|demarchage|sollicitation|traitement|utilisation|envoi|message|sms|contact|pub|publicite|communication)|\\bliste d opposition\\b`,
  ),
  mention(
    'opt_out',
    4,
    `\\b(?:demarchage|prospection|sollicitations?|pubs?|publicites?) (?:est |sont )?(?:interdit|interdite|interdits|illegal|illegale|non autorise\\w*)\\b|\\bliste (?:rouge|noire)\\b`,
  ),
  // "je ne veux plus entendre parler de vous", "ne revenez pas vers moi"
  rule(
    'opt_out',
    4,
    `\\b(?:plus|jamais) entendre parler de\\b|\\b(?:plus|pas|jamais) entendre parler de (?:vous|votre|vos|toi|ta|ton|tes)\\b|\\bne (?:revenez|reviens|revenir) (?:pas|plus|jamais) vers (?:moi|nous)\\b(?! (?:avant|d ici|cette|ce|la semaine|le mois|cet))|\\b(?:ne |n )?(?:revenez|reviens) (?:pas|plus|jamais)(?= ?[.!,;]|$)|\\bnever (?:want to )?hear from you\\b`,
  ),
  // "how do I make these stop??", "comment je fais pour que ça s'arrête"
  rule(
    'opt_out',
    4,
    `\\bhow (?:do|can) (?:i|we) (?:make (?:these|this|them|it) stop|stop (?:these|this|them|receiving|getting|your)|unsubscribe|opt out|get off)\\b|\\bcomment (?:je fais |on fait |faire )?(?:pour )?(?:que (?:ca|ces \\w+|vos \\w+) s arrete|arreter (?:ca|ces|vos|les|de recevoir)|me desinscrire|me desabonner|ne plus (?:recevoir|etre contacte))`,
  ),
  // Personal data and do-not-contact lists, in English: "I want my data erased", "put me on your do not contact list"
  rule(
    'opt_out',
    4,
    `\\b(?:data|details|information|info|number|contact details) (?:\\w+ ){0,2}(?:erased|deleted|removed|wiped|scrubbed)\\b|\\bdo not (?:contact|call|text|disturb|email) list\\b|\\bdnc (?:list|register)\\b|\\bput (?:me|us|my number) on (?:your|the) (?:do not|dnc|opt out|suppression|blocked)\\b|\\b(?:mes|vos) donnees (?:\\w+ ){0,2}(?:supprim|effac)\\w*`,
  ),
  // Spelt out, split or misspelt keywords: "S T O P", "sto p", "arêtte", "arrrete"
  rule('opt_out', 4, `^(?:s ?t ?o ?p+|a+ ?r+ ?e+ ?t+ ?e*(?:z|r|s)?|s ?t ?p ?o|s ?o ?t ?p)(?: ?[!.])*$`),
  // "vous allez arrêter quand ?", "vous comprenez pas le mot STOP ?"
  rule(
    'opt_out',
    4,
    `\\b(?:allez|comptez|pouvez) (?:vous )?(?:arreter|cesser|stopper)\\b(?! (?:de (?:vous|rire)|la))|\\b(?:le mot|the word) (?:stop|arret|non|no)\\b|\\b(?:understand|get|comprenez|comprends|compris) (?:\\w+ ){0,2}stop\\b`,
  ),
  // "kindly remove our business from your contact list"
  rule(
    'opt_out',
    4,
    `\\b(?:remove|delete|erase|take|strike|scrub|drop|unsubscribe|cross)\\w* (?:\\w+ ){0,3}(?:from|off) (?:your|the|all your|all|this) (?:\\w+ ){0,2}(?:records|database|list|lists|files|system|contacts|register|mailing)\\b`,
  ),
  // Seventh development set: nouns of removal, "faire l'objet de sollicitations", "que ça s'arrête", sarcasm, English formal
  rule(
    'opt_out',
    4,
    `\\b(?:me|nous) laiss\\w* (?:tranquil\\w*|en paix)|\\blaiss\\w* (?:moi|nous) tranquil\\w*|\\b(?:sup+res+ion|effacement|retrait|radiation) (?:de |d |du )?(?:mon|mes|ce|notre|nos|le) (?:num\\w*|coordonnees|donnees|contact|tel\\w*|nom|adresse|compte|06|07)\\b|\\bfaire l objet (?:de |d )(?:vos |ces |toute |aucune )?(?:sollicitation|prospection|demarchage|relance|message|sms|communication)|\\b(?:souhait|veu|desir|voudr)\\w* (?:plus|pas|aucune?) (?:\\w+ ){0,5}(?:sollicitations?|prospections?|demarchages?|relances?) commerciales?\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bque (?:ca|cela|vous|ces \\w+|vos \\w+) (?:s arrete|s arretent|cesse|cessent|arretiez|cessiez)\\b|\\b(?:continuer|continuez) (?:longtemps|comme ca)\\b|\\b(?:moyen|possible|comment) (?:de |d )?(?:arreter|stopper|cesser) (?:les |vos |ces |de recevoir )?(?:${MSG}|ca)\\b|\\b${MSG}\\b.{0,30}\\bj en veux (?:plus|pas)\\b|\\bpu (?:de |d )(?:vos |ces )?${MSG}`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:want|get|take) (?:me |us )?off (?:this|your|the) (?:list|database|mailing list|system)\\b|\\bno longer (?:contact|text|messag|call|email|send)\\w*|\\brefrain from (?:contacting|texting|messaging|calling|emailing|sending)\\b|\\b(?:stpo|sotp|stoop|stopp) (?:texting|messaging|contacting|calling|spamming|sending|bothering|emailing)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `[.!?,] stop(?: (?:s il vous plait|s il te plait|definitif|definitivement|maintenant|now|immediatement|merci|please|total))* ?(?:[.!]|$)|\\bperd\\w* (?:mon|ce|notre) (?:numero|num|06|07|contact)\\b|\\b(?:retir|enlev|sup+rim|effac|ray|sort|vir|biff)\\w* (?:\\w+ ){1,5}(?:de|du|des) (?:vos|votre|ta|tes|ces) (?:liste|listes|fichiers?|bases?|bdd|contacts|repertoire|mailing|annuaire|campagnes?|crm)\\b`,
  ),
  // Eighth and ninth development sets: "merci d'arrêter les sms", "ne plus contacter", "ne recommencez pas",
  // "ne plus m'adresser de sollicitations", "qu'elles soient supprimées", "cancel these texts", "jveux pu recevoir"
  rule(
    'opt_out',
    4,
    `\\b(?:merci|priere|je vous prie|je vous demande|pourriez vous|pouvez vous|veuillez|il faut|faut|vous pouvez) (?:de |d )?(?:bien vouloir )?(?:arreter|cesser|stopper) (?:de |d |les |vos |ces |tout |toute |tous |toutes |immediatement |definitivement |svp )*(?:me |m |nous |y )?(?:${CONTACT_VERB}|${MSG}|spam\\w*|harcel\\w*|deranger|ca)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bne (?:plus|jamais) (?:me |m |nous |y )?${CONTACT_VERB_STRICT}\\b(?! (?:avant|apres|entre|pendant|a partir|le (?:matin|soir|midi|week end|samedi|dimanche)|l apres|sur (?:le|mon) (?:fixe|portable)))|\\bne (?:recommencez|recommence|reessayez|retentez) (?:pas|plus|jamais)\\b(?! (?:avant|d ici|cette|ce|la semaine|le mois|cet))|\\bnumero (?:bloque|signale|blackliste)\\b`,
  ),
  rule(
    'opt_out',
    4,
    `\\bne plus (?:me |m |nous |y |lui |leur )?(?:adress|envo|transmet|fai)\\w* (?:de |d |des |vos |aucun\\w* |ce genre de |ces |toute |tout )*(?:${MSG}|sollicit\\w*|prospect\\w*|demarch\\w*|publicit\\w*|offres?|propositions?)|\\bde ne plus (?:y|lui|leur) (?:${CONTACT_VERB}|adress\\w*)`,
  ),
  rule(
    'opt_out',
    4,
    `\\bqu (?:elles|ils|elle|il) soi(?:en)?t (?:\\w+ )?(?:supprim|effac|detrui)\\w*|\\bque (?:mes|nos|ces|les|toutes mes|toutes les) (?:donnees|coordonnees|infos|informations) soi(?:en)?t (?:\\w+ )?(?:supprim|effac|detrui)\\w*`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:cancel|end|kill|halt) (?:all )?(?:these|those|the|your|this|my|all) (?:texts?|messages?|sms|spam|notifications?|alerts?|marketing|promos?)\\b|(?<!\\b(?:ai|as|a|avons|avez|ont|avais|avait|aurais|aurait|j aurais) )\\bpu (?:jamais )?(?:recevoir|etre (?:contacte|derange|sollicite)\\w*)\\b`,
  ),
  rule(
    'opt_out',
    3,
    `\\bnever (?:signed up|subscribed|opted in|asked for (?:this|these|it|them|your))\\b|\\bjamais (?:inscrit|abonne)\\w* (?:a |aux )?(?:quoi que ce soit|rien|ca|vos|votre|cette|ce)\\b|\\bjamais inscrit\\w*\\s*[.!]*$`,
  ),
  // Tenth development set: "combien de fois faudra-t-il vous demander d'arrêter", "je refuse toute prospection",
  // "je retire mon consentement", "qu'ils cessent", "leave me out of this list"
  rule(
    'opt_out',
    4,
    `\\bcombien de fois (?:\\w+ ){0,6}(?:arreter|stop|stopper|cesser|dire non|repeter|demander)\\b|\\bhow many times (?:do|must|should|will) (?:i|we) (?:have to )?(?:tell|ask|say)\\b|\\brefus\\w* (?:toute?s? |les |vos |la |le |d etre )?(?:prospection|demarchage|sollicitation|sms|textos?|messages?|publicite|pub|communication|contact|relance)\\w*|\\b(?:retire|retirer|revoque|revoquer|withdraw|revoke)\\w* (?:mon|my) (?:consentement|accord|consent|autorisation|permission)\\b|\\bqu (?:ils|elles) (?:cessent|s arretent)\\b|\\bleave (?:me|us|my number) (?:out of|off) (?:this|your|the|all)\\b`,
  ),
  rule('opt_out', 3, `\\bc est assez(?: la)?\\s*[.!]*$|\\bachal\\w*`),
  // Eleventh development set: "please delete our details", "I want out of your list", "no send message again"
  rule(
    'opt_out',
    4,
    `\\b(?:remove|delete|erase|wipe|scrub)\\w* (?:all )?(?:my|our|these|those|the) (?:\\w+ )?(?:details|number|numbers|data|info|information|contacts?|contact details|phone number|records?)\\b|\\b(?:want|get|take) (?:me |us )?out of (?:your|the|this|all) (?:\\w+ )?(?:lists?|database|system|mailing)\\b|\\b(?:no|not|never|don t) (?:send|sending|text|texting|message|messaging) (?:me |us )?(?:\\w+ )?(?:again|anymore|any more)\\b|\\bno (?:send|sending) (?:me )?${MSG}`,
  ),
  // Twelfth development set: "j'ai demandé qu'on me supprime", "c'est pour vous dire d'arrêter de m'envoyer…", "STOP 36111"
  rule(
    'opt_out',
    4,
    `\\b(?:qu on|que vous) (?:me |m |nous )(?:supprime|retire|desinscri|raye|efface|enleve|radie|oublie)\\w*|\\bd (?:arreter|cesser|stopper) (?:de |d )(?:me |m |nous |lui |leur )?${CONTACT_VERB}|^stop (?:(?:au|sms|pub) )?\\d{4,6}\\b`,
  ),
  // Thirteenth development set: "remove from list", "ce numéro ne doit plus être contacté", "je vous ai dit d'arrêter",
  // "ne plus l'utiliser pour de la pub", "this number is not to be contacted"
  rule(
    'opt_out',
    4,
    `\\b(?:remove|delete|take) (?:me |us |it |this number |my number )?(?:from|off) (?:\\w+ )?(?:list|lists|database|records|mailing list)\\b|\\bne (?:doit|doivent|devra|devrait) (?:(?:plus|jamais) ){0,2}etre (?:contacte|sollicite|appele|utilise|derange|demarche)\\w*|\\b(?:is|are) not to be (?:contacted|called|texted|messaged|used)\\b|\\b(?:je vous ai|on vous a|je t ai|j ai) (?:deja )?(?:dit|demande|prie) (?:de |d )(?:arreter|cesser|stopper|ne plus|me (?:retirer|desinscrire|supprimer|laisser))\\b|\\bne plus (?:l |les |le |la )?(?:utilis|employ|exploit)\\w*(?: (?:pour|a des fins)|\\s*[.!]*$)`,
  ),
  // Fourteenth development set: "on en est à combien de relances ? ça devient lourd", "maintenant on arrête."
  rule(
    'opt_out',
    3,
    `\\bcombien de (?:relances|messages|sms|textos|fois)\\b(?! (?:par|inclus|compris|dans|pour|sont|offert|maximum|max))|\\bca devient (?:lourd|penible|relou|insupportable|chiant|genant|du harcelement)\\b`,
  ),
  rule('opt_out', 4, `\\b(?:maintenant|bon|allez|alors|donc)(?: ,)? on arrete(?: [.!])*\\s*$`),
  // Fifteenth development set: opposition notified, "ne l'utilisez plus", "la dernière fois que vous m'écrivez",
  // "cancel my subscription to these texts", "je vous demande de l'effacer"
  rule(
    'opt_out',
    4,
    `\\b(?:mon |notre )?opposition (?:a|au|aux) (?:toute |tout |la |le |l )?(?:prospection|demarchage|sollicitation|traitement|envoi|utilisation|reception)|\\b(?:je m y|nous nous y|m y) oppos\\w*|\\b(?:ne|n) (?:l |le |la |les |me |m |nous )?(?:utilis|employ|compos|exploit)\\w* (?:plus|jamais)\\b|\\bla derniere fois que (?:vous|tu) (?:m |me |nous )?(?:ecri|envo|contact|appel|texto|sollicit|relanc)\\w*|\\bcancel (?:my |our |the |this )?subscription (?:to|of|for) (?:these|your|the|this|those)\\b|\\b(?:de |d )(?:l |le |la |les )(?:effacer|supprimer|retirer|rayer|enlever|detruire)\\b`,
  ),
  mention(
    'opt_out',
    3,
    `\\bsans (?:mon |notre |votre )?(?:consentement|accord) prealable\\b|\\bl ?34 5\\b|\\bcode des postes\\b`,
  ),
  // Sixteenth development set: "retrait de la liste", "STOP BERINIA", "ce sera le dernier message j'espère"
  rule(
    'opt_out',
    4,
    `\\b(?:retrait|suppression|radiation|desinscription) (?:de|du|des) (?:la |ma |votre |vos |cette |ces )?(?:liste|listes|fichier|fichiers|base|mailing|diffusion)\\b|^stop [a-z]+\\s*[.!]*$(?<!^stop (?:by|ou|or|and|et))|\\b(?:the )?last (?:text|message|sms) i (?:want|wish|expect|hope)\\b|\\bce sera (?:le|mon) dernier (?:message|sms|texto|echange)\\b`,
  ),
  // Seventeenth development set
  rule(
    'opt_out',
    4,
    `\\b(?:supprim|effac|detrui)\\w* (?:toutes |tous )?(?:les|vos|mes) (?:informations|infos|donnees|coordonnees) (?:que vous|qui|me concernant|sur moi|sur mon|sur ma|sur nous)|\\b(?:plus|jamais) (?:avoir |recevoir )?de vos nouvelles\\b|\\bne (?:me |m |nous )(?:appel|rappel|telephon)\\w* (?:pas|plus|jamais) non plus\\b|\\binutile (?:de |d )(?:m |nous )?(?:en )?(?:envoyer|ecrire|renvoyer)\\b|\\bnon (?:aussi )?pour vos (?:prochains|futurs|autres) (?:sms|messages|textos)\\b|\\baucune envie de (?:recevoir|lire)\\b|\\b(?:recevoir|lire) d autres (?:messages|sms|textos)\\b`,
  ),
  // Twenty-sixth and twenty-seventh development sets: Créole ("arrêt zot sms", "mi vé pu", "an pa vlé zot sms ankò",
  // "rétiré nimewo mwen"), formal ("merci de mettre fin à vos envois", "cease all marketing messages")
  rule(
    'opt_out',
    4,
    `\\b(?:arret|arete|arrete|stop) zot\\b|\\b(?:mi|an|moin) (?:ve|vle|veu) (?:pu|pa|pi)\\b[^.!?]*\\b(?:sms|messages?|zot)\\b|\\b(?:retire|tire|efface) (?:nimewo|numero) (?:mwen|moin|an mwen)\\b|\\bzot sms ank?o\\b|\\b(?:supprim|effac|detrui|retir)\\w* (?:l ensemble|la totalite|toutes?|tous) (?:des|de nos|de mes|les|nos|mes) (?:donnees|informations|coordonnees|infos)\\b|\\bmettre fin (?:a|aux) (?:vos |ces |les |tous |toutes |tout )?(?:envois|${MSG}|sollicitations|relances|communications)|\\bcease (?:all |any |your |these )?(?:marketing |promotional |commercial |further )?(?:messages|texts|communications?|contact|sms)\\b`,
  ),
  // Twenty-third development set: "veuillez cesser l'envoi de SMS", "do not call or text me", "I don't want any more of your messages"
  rule(
    'opt_out',
    4,
    `\\b(?:arreter|cesser|stopper|arretez|cessez|stoppez|suspendre definitivement) (?:l |les |vos |tout |toute |tous )?(?:envois?|emission|diffusion) (?:de |d |des )?(?:${MSG})|\\b(?:don t|do not|never|please don t) (?:call|text|message|contact|email) (?:or|and|nor) (?:call|text|message|contact|email) (?:me|us|this number)\\b|\\b(?:don t|do not) want any more (?:of )?(?:your |these |those )?(?:messages|texts|sms|calls|offers|marketing|promos?)\\b`,
  ),
  // Twentieth and twenty-first development sets: "merci d'arrêter.", "supprimez tout ce que vous avez sur moi"
  rule(
    'opt_out',
    4,
    `\\b(?:merci|je vous prie|priere) (?:de |d )(?:bien vouloir )?(?:arreter|cesser|stopper)(?= ?[.!]|$| (?:svp|merci|maintenant|immediatement|tout de suite))|\\b(?:supprim|effac|detrui|delet|eras|wip)\\w* (?:tout|all|everything) (?:ce que vous (?:avez|savez|detenez|possedez|gardez)|ce qui me concerne|you have (?:on|about) me|you hold)\\b|^stop (?:et|and) (?=\\w)`,
  ),
  // Eighteenth and nineteenth development sets: "et me relancez pas", "no. and don't follow up"
  rule(
    'opt_out',
    4,
    `(?<!\\b(?:vous|tu|pourquoi|si|on|ils|elles|il|elle) )\\b(?:me|m|nous) ${CONTACT_VERB_STRICT} pas\\b(?! ?\\?)(?! (?:avant|d ici|pendant|jusqu|cet|cette|ce|le matin|le soir|le week end|entre|maintenant|aujourd hui|demain|tout de suite|trop|si|sur (?:le|mon|ce)))`,
  ),
  rule(
    'opt_out',
    4,
    `\\b(?:don t|do not|please don t|pls don t|no need to) (?:bother )?(?:follow(?:ing)? up|reach(?:ing)? out again|come back to (?:me|us))\\b(?! (?:before|until|till|in|after|next|on|with (?!me\\b|us\\b)))`,
  ),
  // Thirty-second development set (mixed replies): "je veux savoir comment vous avez eu mes coordonnées, et que vous les supprimiez"
  rule(
    'opt_out',
    4,
    `\\b(?:coordonnees|donnees|numero|infos|informations|contact)\\b[^.!?]*\\bque vous (?:les |la |le |l )(?:supprim|effac|detrui|retir)\\w*|\\b(?:veux|voudrais|exige|demande|souhaite|aimerais) que vous (?:les |la |le |l )(?:supprim|effac|detrui|retir)\\w*`,
  ),
  // Thirty-fourth development set (misdirected texts): "lache moi avec tes sms"
  rule(
    'opt_out',
    4,
    `\\blach(?:e|ez) (?:moi|nous)(?: la grappe)?(?: avec (?:tes|vos|ces|tous ces|toutes ces) (?:${MSG}))?\\b`,
  ),
];

/**
 * Where these match, opt-out words describe something else: the lead's own business ("on ne fait pas de
 * pub"), a removal they decline ("ne me retirez surtout pas de la liste"), a hypothetical ("si un jour je
 * veux me désinscrire, je fais comment ?"), how a service works ("do you delete my data if I don't sign
 * up?"), punctuation ("full stop"), a "stop" aimed at something other than messages ("stop aux dépenses").
 * Opt-out evidence overlapping them is set aside; evidence anywhere else in the message still decides.
 */
export const OPT_OUT_LOOKALIKES: string[] = [
  // Canvassing in general, not ours: "vous trouvez pas qu'il y a assez de démarchage comme ça ? non merci"
  `\\b(?:y a|il y a|y en a) (?:deja |bien |largement )?assez de (?:demarchage|pubs?|publicites?|sollicitations|agences)\\b`,
  // A friend's memes, not our messages: "arrête de me spammer de memes Kevin 😂"
  `\\b(?:spam|spamm|bombard|inond)\\w* (?:de |d |avec (?:tes |des |vos |ces )?)(?:memes|gifs|photos|videos|stickers|vocaux|blagues|selfies)\\b`,
  `\\b(?:on|nous|je) (?:ne |n )?(?:fai\\w*|fer\\w*) (?:plus|pas|jamais|aucune?) (?:de |d |du |la |l )?(?:pubs?|publicites?|demarchage|prospection|marketing|appel a)\\b`,
  `(?<!\\b(?:vous|tu|ils|on|pourquoi) (?:ne |n )?)\\b(?:ne |n )?(?:me |m |nous )(?:retir|enlev|supprim|effac|desinscri|desabonn|ray|ot)\\w* (?:surtout |absolument |jamais )?pas\\b(?! ?\\?)`,
  `\\b(?:pas besoin|nul besoin|no need|inutile) (?:de |d |to )(?:me |m |nous )?(?:retir|enlev|supprim|effac|desinscri|desabonn|ray|remov|unsub|delet|tak)\\w*`,
  `\\b(?:don t|do not|please don t|pls don t) (?:remove|delete|unsubscribe|take|drop|erase) (?:me|us|my number|our number)\\b`,
  `\\b(?:si jamais|si un jour|au cas ou|le jour ou|if i ever|if we ever|if ever|in case|one day)\\b[^.!?]*\\b(?:comment|how|je fais|on fait|procedure)\\b[^.!?]*|\\b(?:comment|how)\\b[^.!?]*\\b(?:si jamais|si un jour|au cas ou|le jour ou|if i ever|if we ever|if ever|in case)\\b[^.!?]*`,
  `\\b(?:do|does) (?:you|your company|they) (?:also |ever |actually |really |automatically )?(?:delete|remove|erase|keep|store|sell|share)\\b[^.!?]*\\b(?:if|when|after|once|unless)\\b[^.!?]*`,
  `\\b(?:les|des|nos|leurs|taux de|nombre de|gestion des|gerer les|gerez les) (?:desinscriptions|desabonnements|unsubscribes|opt outs)\\b`,
  `\\bfull stop\\b`,
  `\\bpour vous (?:desabonner|desinscrire)\\b[^.!?]*`,
  // What the lead does or buys, not what we send: "plus jamais de pub payante", "on ne contacte jamais de prestataires par sms"
  `\\b(?:plus jamais|jamais|plus|pas|aucune?|zero) (?:de |d )?(?:pubs?|publicites?) (?:payante?s?|sponsorisee?s?|google|facebook|instagram|papier|radio|en ligne|locale?s?|dans (?:le|les|la)|sur (?:facebook|google|instagram|les reseaux|internet|le journal|la radio))\\b|\\b(?:on|nous|je) (?:ne |n )(?:contact|appel|ecri|envo|rappel)\\w* (?:jamais|pas|plus|personne|aucun)\\b(?! (?:de vos|vos|ces))`,
  // A service against spam, or leaving a contract: "can you block spam bots?", "can I opt out of the contract?"
  `\\b(?:block|filter|stop|catch|reduce|prevent|bloquer|filtrer)\\w* (?:\\w+ ){0,2}(?:spam ?(?:bots?|comments|emails|messages|calls|reviews|leads|robots?)|les spams|the spam)\\b|\\b(?:opt out|get out) of (?:the |a |my |our |this )?(?:contract|subscription|plan|deal|agreement|commitment|trial)\\b|\\b(?:sortir|se desengager) (?:du|de l|de mon|de notre) (?:contrat|abonnement|engagement)\\b`,
  // "On fait déjà du bouche à oreille, ça suffit", "on a Google et les avis, ça suffit": what they have is enough,
  // not our messages ("j'ai reçu trois SMS, ça suffit" stays an opt-out)
  `\\b(?:deja|already)\\b[^.!?]*[,:] ca (?:nous |me )?suffit\\b|\\b(?:on a|j ai|nous avons)\\b(?![^.!?,]*\\b(?:${MSG}|recu\\w*|appels?|relances?)\\b)[^.!?]*[,:] ca (?:nous |me )?suffit\\b`,
  // "j'avais répondu STOP par erreur", "no texts during the holidays, January works", "pas de SMS le week-end"
  `\\b(?:repondu|reponds|dit|envoye|tape|replied|said|sent|typed|texted) (?:\\w+ )?(?:stop|arret|unsubscribe) (?:\\w+ )?(?:par erreur|by mistake|by accident|accidentally|sans faire expres|sans le vouloir)\\b`,
  `\\b(?:pas de|pas d|no|aucun) (?:${MSG}) (?:\\w+ )?(?:le week end|les week ends|le soir|le matin|le dimanche|pendant|during|on weekends|at night|in the morning|before|avant|apres|after|until|jusqu)\\b(?=[^.!?]*\\b(?:plutot|instead|works|ok|ca marche|ca me va|je rentre|i m back|back on|ecrivez|write|text me|reviens|revenez|\\d|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|january|janvier|september|septembre))`,
  // Refusing this one offer, not every message: "je ne veux pas de votre offre"
  `\\b(?:veux|voulons|veut|souhaite|souhaitons) pas (?:de |d )(?:votre|cette|ton|ta) (?:offre|proposition|service|produit)\\b`,
  // The lead's own trade or terms: "audit RGPD", "clause RGPD", "GDPR compliant", "solution anti-spam"
  `\\b(?:audit|audits|clause|mentions?|conformite|mise en conformite|specialise\\w*|expert\\w*|consultant\\w*|formation|registre|dpo|delegue|compliance|politique|policy|cellule|service|pole|responsable|referent|equipe|departement|team|officer) (?:\\w+ ){0,2}(?:rgpd|gdpr|bloctel|cnil)\\b|\\b(?:rgpd|gdpr|bloctel) (?:compliant|compliance|audit|consultant|clause|expert|training)\\b|\\b(?:anti ?spam|antispam)\\b`,
  `\\b(?:elle|il|ils|elles|qui|they|it|she|he|which|that) (?:\\w+ )?(?:respect\\w*|complies|comply|is compliant|are compliant) (?:\\w+ ){0,2}(?:rgpd|gdpr|bloctel)\\b|\\b(?:as long as|tant que|pourvu que|if) (?:you re|you are|vous etes|vous respectez|c est) (?:\\w+ ){0,2}(?:rgpd|gdpr|conforme\\w*|compliant)\\b`,
  // A belief since dropped, or an impression: "je pensais que c'était du spam", "sounds like spam"
  `\\b(?:je pensais|j ai cru|je croyais|i thought|thought|au debut) (?:que )?(?:c etait|ce serait|it was|this was|ca|you were)? ?(?:du |un |a |de l )?(?:spam|arnaque|scam)\\w*|\\b(?:sounds|looks|seems) like (?:a )?(?:spam|scam)\\b|\\b(?:signal\\w*|report\\w*|marked|flagged) (?:\\w+ ){0,4}(?:spam|indesirable)\\b(?=.*\\b(?:mais|but) (?:\\w+ ){0,3}(?:finalement|en fait|actually|finally)?\\s*(?:je suis |i m |ca m )?(?:interesse|interested)\\b)`,
  `\\bstop (?:a|aux|au) (?!\\d|(?:la|les|le|l|vos|ces|tes|votre|ce|cette|ton|ta|tout|toute|toutes|tous)\\b|${MSG}\\b|(?:harcel|spam|demarch|prospect|sollicit|contact|numero|envoi|relanc|appel|sms)\\w*)\\w+`,
];

/**
 * Where these match, the whole sentence is set aside, as a STOP instruction's is: it is about someone else's
 * list ("pour vous désinscrire de notre newsletter, répondez STOP") or the lead's own customers.
 */
export const OPT_OUT_LOOKALIKE_SENTENCES: string[] = [
  // Unsubscribing from the sender's own newsletter, as auto-replies offer: "pour vous désinscrire de notre newsletter,
  // répondez STOP", "unsubscribe from our updates by texting END"
  `\\b(?:de|from|a|to) (?:nos|notre|our) (?:newsletters?|alertes|alerts|updates|offres|actualites|infolettres?|mailing|mailing list|liste de diffusion|promotions|bons plans)\\b`,
  // How the lead's own customers unsubscribe: "can my customers opt out easily with your system?"
  `\\b(?:my|our|mes|nos|leurs|their) (?:customers|clients|subscribers|abonnes|contacts|users|utilisateurs|patients|membres|members)\\b[^.!?]*\\b(?:opt out|unsubscrib\\w*|desabonnement|desinscription|desabonner|desinscrire)\\b|\\b(?:opt out|unsubscrib\\w*|desabonnement|desinscription|desabonner|desinscrire)\\b[^.!?]*\\b(?:my|our|mes|nos|leurs|their) (?:customers|clients|subscribers|abonnes|contacts|users|utilisateurs|patients|membres|members)\\b`,
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
  'stahp',
  'desabo',
  'desabonne',
  'desinscris',
  'desinscrit',
  'dsinscrire',
  'stoppe',
  'stoppez',
  'unsub',
  'unsubscribed',
  'arrte',
  'arete',
  'areter',
  'aretez',
  'arretter',
  'arrettez',
  'cessez',
  'plus jamais',
  'jamais plus',
  'never again',
  'desabonnez moi',
  'desinscrivez nous',
  'retirez moi',
  'supprimez moi',
  'removeme',
  'fin',
  'stop promo',
  'stop pub',
  'remove me',
  'unsubscribe me',
  'do not contact',
  'dont contact',
  'do not text',
  'dont text',
];

/** Words that may surround a bare keyword without changing it: "STOP svp", "stop merci !!". */
export const POLITE_FILLERS = [
  's il vous plait',
  's il te plait',
  'merci',
  'merci beaucoup',
  'merci d avance',
  'cordialement',
  'bonne journee',
  'bonne soiree',
  'please',
  'thx',
  'ty',
  'thanks',
  'thank you',
  'now',
  'maintenant',
  'immediatement',
  'de suite',
  'tout de suite',
  'svp',
  'definitif',
  'definitivement',
  'total',
  'immediat',
  'urgent',
  'ok',
  'bonjour',
  'hello',
  'hi',
  'non',
  'no',
  'enough',
  'already',
  // Voice-to-text dictates punctuation: "stop virgule merci", "stop point final".
  'virgule',
  'point',
  'point final',
  'point d exclamation',
  'full stop',
  'period',
];
