import { rule, type IntentRule } from './rule.js';

const ASKED =
  '(?:doc\\w*|plaquette|brochure|devis|offres?|propositions?|tarifs?|tarification|prix|infos?|informations?|details?|presentation|catalogue|exemples?|lien|site|grille|conditions|maquette|demo|demonstration|references?|realisations?|portfolio|formules?|packs?|forfaits?|chiffrage|estimation|modalites|renseignements?|bon de commande|contrat|rib|lien de paiement|plus|ca|cela|tout|quelque chose|le necessaire|une proposition|un devis)';

/** Yes, wants it, asks for the offer or to know more with clear interest. */
export const INTERESTED_RULES: IntentRule[] = [
  rule(
    'interested',
    3,
    `^(?:oui|yes|ouais|yep|ok oui|oui oui|carrement|volontiers|avec plaisir|bien sur|absolument|tout a fait|parfait|genial|banco|go|let s go|why not|pourquoi pas|sure|of course|definitely|absolutely|sounds good|great|perfect|yes please|oui svp|oui s il vous plait|grave|clairement|evidemment|exactement|bien entendu|ok pour moi|ok ca marche|interesse|interessee|interested|c est ok|pourquoi pas oui|allons y|on y va|je prends|je signe|top|motive|motivee|motives)\\b(?! (?:mais non|merci mais|non|pas|not|rien))`,
  ),
  rule(
    'interested',
    3,
    `\\b(?:ok|d accord|oui|dac|yes) (?:go|banco|on y va|allons y|ca marche|je prends|pour moi|let s go|do it|send)\\b`,
  ),
  rule(
    'interested',
    3,
    `\\binteress\\w*|\\binterested\\b|\\binteresting\\b|\\bkeen\\b|(?<!\\bjust )\\bcurious\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:je suis|on est|nous sommes|suis|serais|serait|serions) (?:tres |vraiment |assez |plutot |carrement |grave |super |bien )?(?:partant|partante|partants|preneur|preneuse|preneurs|chaud|chaude|chauds|ok|d accord|curieux|curieuse|open|tente|tentee|motive|motivee|ouvert|ouverte|ouverts|pour)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:envoy|envoi|transmet|adress|montr|partag|communiqu|fourn)\\w* (?:moi |nous |me |m |leur )?(?:la |le |les |un |une |des |votre |vos |plus d |plus de |l |d |du |toutes |tous |quelques )?${ASKED}\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:fait|fais|faites|propos|prepar)\\w* (?:moi|nous|me|m) (?:la |le |les |un |une |des |votre |vos |plus d |plus de |l |d |du )?${ASKED}\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:je veux bien|je voudrais bien|on veut bien|je voudrais|j aimerais(?! savoir| comprendre| connaitre| qu on m explique)|j aimerai(?! savoir)|on voudrait|on aimerait(?! savoir)|nous aimerions|nous voudrions|ca me tente|ca nous tente|ca me dit|ca nous dit|ca me plait|ca nous plait|me tente|nous tente|pourquoi pas|pas contre|pas du tout contre|pas de refus|let s do it|let s go|i d love|i would love|i d like|i would like|we d like|we would like|we d love|we d (?:definitely |really )?want|i d (?:definitely |really )?want|sign me up|count me in|go ahead|i m in|we re in|sounds (?:good|great|interesting)|tell me more|more info|more information|more details|send (?:me|us|over|it|the|your|some|details|info)|not not interested|bring it on|how do i sign up|where do i sign)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:jamais dit non|ne dis pas non|dis pas non|ne dirais pas non|dirais pas non|ne suis pas contre|suis pas contre|c est pas de refus|ce n est pas de refus|n est pas de refus|au contraire|ca tombe bien|ca tombe a pic|tombez a pic|tombe a pic|justement|bonne idee|good timing|perfect timing|just what)\\b`,
  ),
  rule(
    'interested',
    2,
    `\\b(?:en savoir plus|savoir plus|plus d informations|plus d info|plus d infos|plus de details|plus de precisions|davantage d informations|des precisions|je veux en savoir(?: plus)?|dites m en plus|dites moi en plus|expliquez moi|on commence quand|quand est ce qu on commence|c est quand qu on commence|quelles sont les etapes|what are the next steps|how do we start|when can we start|next steps)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    2,
    `\\b(?:besoin d un (?:nouveau )?site|besoin de visibilite|besoin d aide|on en a besoin|j en ai besoin|il me faut|il nous faut|on cherchait|je cherchais|je cherche|nous cherchons|on cherche|we need|we were looking|i was looking|i need|we re looking for|looking for (?:a|someone)|date de|looks dated|vieillot|ne s affiche pas|pas a jour|obsolete|refaire (?:notre|mon|le) site)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\bok pour (?:un|une|le|la|les|moi|nous|recevoir|en savoir|voir|ca|cela|votre|vos)\\b|^envo[yi]\\w*|^vendu\\b|^(?:un |le |votre )?devis\\b|\\b(?:un|le|votre) devis (?:svp|s il|please|merci|pour|gratuit)|\\b(?:allez y|vas y|go for it|go ahead)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:je veux|je voudrais|on veut|nous voulons|i want|we want) (?:un|une|le|la|bien|votre|vos|en savoir(?: plus)?|voir|recevoir|des (?:infos?|informations|details|precisions)|one|it|that|this|a)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    2,
    `\\b(?:volontiers|avec plaisir|carrement|bien sur|evidemment|intrigu\\w*|ca me parle|ca m interpelle|curieux de|curieuse de|envie d en savoir|ca vaut le coup|why not)\\b`,
    'not_interested',
  ),
  rule('interested', 2, `\\b(?:grave chaud|trop chaud|chaud|chaude|partant|let s)\\b`, 'not_interested'),
  rule(
    'interested',
    1,
    `\\b(?:super|genial|top|nickel|great|awesome|perfect|merci beaucoup|excellent|parfait)\\b`,
    null,
  ),
  rule(
    'interested',
    3,
    `\\b(?:serais ravie?|serions ravis|ravie? d avoir|happy to hear more|happy to (?:look|see|discuss|receive|chat)|me botte|nous botte|ca me branche|me branche|j attendais que ca|trop bien|c est exactement|exactement ce qu il|pas ininteress\\w*|m arrangerait|nous arrangerait|ca m arrange|faites moi parvenir|faire parvenir|forward (?:a |the |your )?(?:proposal|quote|details|info|pricing))\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    3,
    `\\b(?:pouvez|pourriez|peux|pourrais) (?:vous )?(?:me|nous) (?:faire|envoyer|proposer|transmettre|donner|adresser|chiffrer) (?:un |une |le |la |les |des |votre |vos )?(?:devis|proposition|chiffrage|estimation|tarif|offre|prix|doc|documentation|presentation)`,
    'not_interested',
  ),
  rule('interested', 2, `\\b(?:prochaine etape|next step)\\b`),
  rule(
    'interested',
    3,
    `\\b(?:m irait bien|nous irait bien|ca m irait|me deplairait pas|nous deplairait pas|ne me deplait pas|pas (?:du tout )?ferme a l idee|ouvert a l idee|ouverte a l idee|pas contre l idee|(?:alors la|bah|ben|eh bien|et bien|c est) oui)\\b|\\benvoyez\\s*[.!]*$`,
  ),
  rule(
    'interested',
    3,
    `\\b(?:on signe|je signe|nous signons|on valide|je valide|on part la dessus|let s sign|we ll sign)\\b`,
  ),
  rule(
    'interested',
    4,
    `\\binscri\\w* (?:moi|nous) (?:pour|a|au|aux) (?:la |le |une |un |l )?(?:demo|demonstration|webinaire|webinar|essai|test|formation|presentation|atelier)\\b|\\b(?:pouvez|pourriez|peux|pouvez vous|pourriez vous) (?:me |nous )?(?:le |la |les )(?:renvoyer|reenvoyer|retransmettre)\\b`,
  ),
  rule(
    'interested',
    4,
    `\\b(?:ok|d accord|partant|partante|oui) pour (?:recevoir |avoir |voir |tester |essayer |faire )?(?:l |un |une |le |la |votre |vos )?(?:essai|test|demo|demonstration|devis|offre|abonnement|formule)\\b|\\b(?:just |juste )?(?:send|text|email|envoyez|envoie|envoyer|mailez) (?:me |moi |nous |les |the )?(?:the |les |vos |la |le |l |votre |your )?(?:pricing|prices|price list|tarifs?|prix|grille tarifaire|brochure|devis|offre|offres|proposition|documentation|infos?|informations?|details)\\b`,
  ),
  // Tenth development set: "vous m'avez convaincu", "so yes please send info"
  rule(
    'interested',
    4,
    `\\b(?:vous m avez|vous nous avez|you ve|you have) convaincu\\w*|\\bconvinced\\b|\\b(?:so |then )?yes please\\b|\\bsend (?:me |us )?(?:the |some |more )?(?:info|information|details)\\b`,
  ),
  rule('interested', 4, `\\b(?:allez go|go go|let s go|on y go|c est parti|let s do (?:it|this))\\b`),
  rule(
    'interested',
    4,
    `\\b(?:votre offre|votre proposition|votre systeme|ca|cela) (?:me|nous) plai\\w*\\b|\\bon (?:demarre|commence) quand\\b|\\bi (?:actually |really |do )?want (?:the|your) (?:full |complete )?(?:offer|details|info|information|pricing|quote)\\b`,
    'not_interested',
  ),
  rule(
    'interested',
    4,
    `\\b(?:allez )?on (?:tente|essaie|essaye|teste)\\b(?! (?:pas|plus|jamais|rien))`,
    'not_interested',
  ),
  rule('interested', 4, `\\b(?:tres|vraiment|super|hyper|really|very) interess\\w*`, 'not_interested'),
  rule('interested', 4, `\\bbanco\\b`),
  // Eighteenth and nineteenth development sets: "ok pour tester", "donc oui"
  rule(
    'interested',
    4,
    `\\bje (?:veux|voudrais) (?:l|votre|vos|la|le|les) (?:offre|offres|devis|proposition|brochure|tarifs?)\\b|\\b(?:ok|d accord|partant|partante|oui) pour (?:tester|essayer)\\b(?! (?:pas|rien|autre))|\\b(?:donc|alors|so) (?:oui|yes)\\b(?! (?:mais|but))`,
  ),
  // Twentieth development set: "Ok, go.", "votre offre tombe bien", "…, this could help. Yes."
  rule(
    'interested',
    4,
    `^ok (?:go|banco|vendu|on y va)\\b|\\b(?:votre offre|votre message|votre sms|ca|cela|your offer|this|it) tombe (?:bien|a pic|pile|au bon moment)\\b|\\b(?:ca|this) (?:could|might|would) (?:really )?help\\b`,
    'not_interested',
  ),
  rule('interested', 3, `[.!,] (?:oui|yes)(?: (?:merci|please|svp))?\\s*[.!]*$`),
  // Twenty-third development set: "ne m'oubliez pas pour l'offre", "would love to see what you have"
  rule(
    'interested',
    4,
    `\\bkeep (?:me|us) (?:posted|updated|in the loop)\\b|\\bsouhait\\w* recevoir (?:votre|vos|une|la|le) (?:proposition|offre|devis|documentation|brochure)|\\b(?:please )?(?:email|send|mail) (?:me|us) (?:your|the) (?:proposal|offer|quote|pricing|brochure)\\b|\\bon y va\\b|^(?:an|mi) (?:enteres|interes)\\w*|\\b(?:envoyez|envoie|ecrivez) (?:moi|nous) (?:plutot )?(?:un (?:mail|email|courriel)|par (?:mail|email|courriel))\\b|\\bne (?:m|nous) oubliez pas\\b|\\b(?:would|d) love to (?:see|hear|know|get|try|learn)\\b`,
  ),
  // Thirty-second development set: "c'est pile ce qu'il me faut"
  rule(
    'interested',
    4,
    `\\bpile (?:ce qu il|ce quil|ce dont|ce don t) (?:me |nous |j ai |on a )?(?:faut|fallait|besoin)\\b`,
  ),
  // Thirty-third development set: late yeses ("OK for me", "on peut avancer", "je confirme mon intérêt")
  rule(
    'interested',
    4,
    `\\bok (?:for|with) me\\b|\\bon peut avancer\\b|\\b(?:budget|feu vert) (?:est )?(?:debloque|valide|accorde)\\b|\\bconfirm\\w* (?:mon|notre) interet\\b`,
  ),
  // Thirty-fourth development set: "je souhaiterais recevoir l'offre détaillée", "vasy envoie ta plaquette"
  rule(
    'interested',
    4,
    `\\b(?:souhaiterai[st]?|voudrai[st]?|aimerai[st]?) recevoir (?:l |votre |la |vos |les |une |un |des |le )?(?:offre|proposition|tarifs?|brochure|plaquette|infos?|informations|devis|documentation|details?)\\b|\\benvoie (?:moi )?(?:ta|ton|tes|la|le|les) (?:plaquette|brochure|offre|proposition|doc|documentation|tarifs?|devis|catalogue)\\b`,
  ),
  // Thirty-fifth development set: "comment on organise la démo ?", "j'attendais ça !"
  rule(
    'interested',
    4,
    `\\bcomment on (?:organise|fait|procede|planifie|cale) (?:la|pour la|cette) demo\\b|\\bj attendais (?:ca|que ca|ce genre)\\b`,
  ),
];
