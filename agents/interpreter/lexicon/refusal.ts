import { rule, type IntentRule } from './rule.js';

/** Refuses, without asking to stop being contacted. */
export const NOT_INTERESTED_RULES: IntentRule[] = [
  rule(
    'not_interested',
    3,
    `^(?:(?:mdr|lol|haha|ptdr|bah|ben|euh) )?(?:non|no|nan|nope|pas interesse|pas interessee|non merci|no thanks|no thank you|negatif|c est non(?! stop)|niet|jamais)\\b(?! (?:seulement|only|pas|stop|more|problem|problemo|worries|doubt|trop tard|entendu|vu|recu)\\b)`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:non merci|no thanks|no thank you|merci mais non|merci non|ca ira|ca va aller|sans facon|je passe mon tour|pas pour moi|pas pour nous|not for (?:me|us)|we re good|we re all set|i m good|i m all set|not interested|c est non(?! stop)|c est un non|ce sera non|la reponse est non|pas convaincu|pas convaincue|pas tente|pas tentee|pas emballe|pas emballee|bof bof|not looking|no interest|pass on this|we ll pass|i ll pass|no need)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:deja|already) (?:un |une |des |le |notre |mon |ma |nos |equipe|equipes|have|got|fait|pris|tout|quelqu un|un prestataire|une agence|un site|use|using|work with)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:on a|j ai|nous avons|avons|on travaille|je travaille|nous travaillons) (?:deja|ce qu il faut|tout ce qu il faut|notre|avec (?:un|une|notre|mon))\\b|\\bon est (?:deja )?(?:equipe|equipes|bien equipe|servis|bien servis)\\b|\\b(?:ca|cela) (?:nous|me) suffit\\b|\\bsuffit largement\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:pas besoin|aucun besoin|pas d utilite|inutile pour|sans interet|pas utile|n en ai pas besoin|n en avons pas besoin|don t need|not needed|no use for|vois pas l utilite|vois pas l interet|voit pas l interet|n en vois pas|aucun interet|pas d interet|pas mon truc|pas notre truc|ca sert a rien|sert a rien)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `^(?:pas la peine|laissez tomber|laisse tomber|c est mort|sans moi|tres peu pour moi|peu pour moi|pas interesse|pas interessee|pas interesses)\\b|\\bon se debrouill\\w*|\\bje me debrouill\\w*|\\b(?:ca|cela) ne (?:me|nous) concerne pas\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:trop cher|pas le budget|pas de budget|pas les moyens|too expensive|no budget|can t afford|hors de prix)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:donc|alors|ben|bah|bref|desole mais|merci mais|du coup|c est|ce sera|pour moi c est) non\\b(?! (?:seulement|plus))`,
  ),
  rule('not_interested', 3, `\\b(?:ne )?donner\\w* (?:\\w+ )?pas (?:de )?suite\\b`),
  rule(
    'not_interested',
    3,
    `\\b(?:ne donnerons pas suite|ne donnerai pas suite|pas donner suite|pas de suite|ne pas donner suite|sans suite|je decline|nous declinons|on decline|declined?)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:ne vais pas|vais pas|ne compte pas|compte pas|ne veux pas|veux pas|ne souhaite pas|souhaite pas|ne souhaitons pas|ne voulons pas) (?:investir|depenser|payer|changer|m engager|prendre|faire|de site|d un site|de votre|de vos|donner suite|ca)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:arnaque|escroc|escroquerie|escrocs|vous etes des|bande de|degage|degagez|casse toi|cassez vous|allez vous faire|va te faire|fuck|foutez|vautour|vautours|charlatan|charlatans)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:je refuse|refuse|pas question|hors de question|jamais de la vie|surement pas|certainement pas|absolument pas|pas du tout|nullement|no way|definitely not|absolutely not|hell no|not at all|not a chance|pas vraiment|pas trop)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:on ferme|je ferme)(?! (?:\\w+ ){0,2}(?:a|vers|des|avant) \\d)|\\b(?:je pars a la retraite|on arrete l activite|j arrete mon activite|cessation|plus de (?:travail|boulot|clients|chantiers|commandes) que|carnet (?:de commandes )?(?:est )?plein|more work than|fully booked|busy enough)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:crois|croit|croyons) pas (?:a|en|au|aux)\\b|\\b(?:happy|satisfied|content|pleased) with (?:our|my|the) (?:current|existing|own)?\\b|\\b(?:satisfait|satisfaite|satisfaits|content|contente|contents) (?:de|du|avec) (?:notre|mon|ma|nos)\\b|\\b(?:on s est fait avoir|deja ete echaude|mauvaise experience|bad experience|been burned|got burned)\\b|\\b(?:s occupe|gere|fait) (?:de )?(?:notre|mon) site\\b|\\bmais non\\b|\\bnot convinced\\b|\\bnot worth it\\b|\\b(?:ca|ce) (?:ne )?vaut pas le coup\\b|\\bje prefere (?:ne )?pas\\b|\\bretiring\\b`,
  ),
  rule('not_interested', 2, `\\bmerci quand meme\\b|\\bthanks anyway\\b`),
  rule(
    'not_interested',
    3,
    `\\b(?:ne correspond pas|correspond pas a|garder mon argent|besoin de rien|m en porte (?:tres )?bien|on s en passe|je m en passe|s en passer|all sorted|sorted on that|we re sorted|not (?:really )?(?:my|our) thing|pas (?:vraiment )?(?:mon|notre) truc|no point|there s no point|pointless)\\b|\\b(?:ouais|oui|bah|ben|euh) non\\b`,
  ),
  rule('not_interested', 2, `\\bbonne continuation\\b|\\bgood luck\\b`),
  rule(
    'not_interested',
    3,
    `(?:^|[,.;] )(?:non|no|nope)\\s*[.!]*$|\\b(?:on a|nous avons|j ai) trouve (?:quelqu un|un prestataire|une agence|une solution|mieux)\\b|\\bplus d actualite\\b|\\bsans internet\\b|\\bpas l utilite\\b|\\bzero interet\\b|\\ben interne\\b|\\bin ?house\\b|\\b(?:reponse|answer) (?:reste|est|is still|remains|stays) (?:non|no)\\b`,
  ),
  // "je n'ai plus besoin de site", "je ne cherche rien", "pas d'actualité", "pass."
  rule(
    'not_interested',
    3,
    `\\b(?:n ai|n avons|ai|avons|a) plus besoin (?:de|d)\\b|\\bplus besoin (?:de|d) (?:tout ca|ca|site|vos|votre|rien)\\b|\\b(?:ne )?(?:cherche|cherchons|recherche) (?:rien|personne|pas de (?:prestataire|site|agence|solution))\\b|\\bpas d actualite\\b|^(?:pass|i ll pass|je passe|on passe)\\s*[.!]*$`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:but|mais) (?:no|non|nope)(?: merci| thanks| thank you)?\\s*[.!]*$|\\b(?:ll|will) never (?:pay|buy|spend|sign|invest)\\b|\\b(?:won t|will not|not going to) (?:pay|buy|spend|invest) (?:for|in|on)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `^bof,? non\\b|\\bpas de (?:pub|pubs|publicite|site|marketing|com) pour (?:nous|moi|le|la|l|notre|nos|mon|ma)\\b|\\bwe re (?:covered|sorted|all good|fine|set)\\b|\\bje (?:gere|fais) (?:moi meme |tout seul |seul )?(?:mon|notre|le) (?:site|marketing|com|communication|pub|publicite)(?: moi meme| tout seul| seul)?\\b`,
  ),
  // Eighth and ninth development sets: "on va passer notre tour", "je ne suis pas preneur", "ça n'a rien donné, sans
  // moi", closing the business ("je ferme en décembre, donc non")
  rule(
    'not_interested',
    4,
    `\\bpasser (?:notre|mon) tour\\b|\\b(?:pas|plus) preneur\\w*\\b|\\bnot going down that (?:road|path|route)\\b|\\b(?:ca|cela) ne (?:va|risque) pas (?:de )?commencer\\b|\\bet (?:ca|cela) ne le sera (?:pas|jamais)\\b|\\b(?:ca|cela) (?:n a|a|nous a|m a|ne nous a|ne m a) rien (?:donne|rapporte)\\b|\\bsans moi\\s*[.!]*$|\\b(?:so|donc),? (?:no|non)\\s*[.!]*$`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:i m|we re|i am|we are) (?:closing|retiring|shutting|selling up)\\b|\\b(?:je|on|nous) (?:ferme|fermons|arrete|arretons|cesse|cessons|vends|vendons) (?:l |mon |notre |la |le |ma |nos )?(?:activite|commerce|boutique|entreprise|affaire|magasin|salon|restaurant|garage|cabinet|societe)\\b(?! (?:a|vers|des|avant) \\d)|\\b(?:prends|pars a) (?:ma|la) retraite\\b`,
  ),
  // Eleventh development set: "we built our own site", "not something we'd spend money on", "hard pass"
  rule(
    'not_interested',
    4,
    `\\b(?:we|i) (?:already )?(?:built|made|designed|did|created|have|got) (?:our|my) own\\b|\\b(?:on a|j ai|nous avons) (?:deja )?(?:fait|cree|monte) (?:notre|mon) propre\\b|\\bnot something (?:we|i) (?:d|would|need|want)\\b|\\bhard pass\\b`,
  ),
  // Twelfth development set: refusals that are final without asking to stop
  rule(
    'not_interested',
    4,
    `\\bnever going to (?:pay|buy|use|need|sign)\\b|\\bje (?:ne )?(?:paierai|payerai|paierais|payerais) jamais\\b|\\bne comptez pas sur (?:moi|nous)\\b|\\bcount (?:me|us) out\\b|\\bn en aurai jamais\\b|\\b(?:on|je) n en veu\\w* pas\\b|\\b(?:we re|we are|i m|i am) not buying\\b|\\bdone with (?:agencies|agences|marketing|web agencies|online|internet|the internet|websites?|apps?)\\b|\\bpass\\s*[.!]*$|\\b(?:tres |super )?(?:contents?|satisfaits?|happy) (?:de|avec|with) (?:notre|lui|elle|eux|our|them|him|her)\\b`,
  ),
  // Thirteenth development set
  rule(
    'not_interested',
    4,
    `^pass\\b(?! (?:me|it|the|on|along|by))|\\b(?:ne |n )?(?:donne|donnerai|donnerons|donnons) pas suite\\b|\\bbut no\\s*[.!]|\\bon en est (?:tres |super |bien |vraiment )?(?:contents?|satisfaits?)\\b`,
  ),
  // Fourteenth development set
  rule(
    'not_interested',
    4,
    `\\b(?:je|on|nous) (?:ferme|fermons|arrete|arretons|cesse|cessons) (?:definitivement|bientot|pour de bon)\\b|\\btres peu pour (?:moi|nous)\\b|^decline\\w*\\b|\\bsous contrat avec\\b`,
  ),
  // Fifteenth development set
  rule(
    'not_interested',
    4,
    `\\b(?:won t|will not|not) (?:be )?doing that again\\b|\\bje (?:ne )?veux pas (?:de |d )(?:site|avis|appli\\w*|logiciel|agence)\\b|\\bj en ai rien a (?:faire|cirer|foutre|battre)\\b|\\bje prefere garder (?:mon|ma|mes|notre|nos)\\b|\\bc est pas pour (?:un|une)\\b`,
  ),
  // Sixteenth development set: final refusals that ask nothing
  rule(
    'not_interested',
    4,
    `\\b(?:wasting your time|vous perdez votre temps|tu perds ton temps|aucune chance|no chance|not in a million years|jamais de la vie|ne changerai pas d avis|n achete jamais|ni maintenant ni jamais|vous pouvez toujours courir)\\b`,
  ),
  rule('not_interested', 3, `\\bdeja chez (?!vous\\b)\\w+`),
  // Eighteenth and nineteenth development sets: "j'en veux pas", "même pas en rêve", "this isn't for us",
  // "on a assez de clients", "on s'en occupe déjà", "j'y crois plus"
  rule(
    'not_interested',
    4,
    `\\bj en veux (?:pas|point)\\b|\\b(?:meme pas en reve|dans tes reves|dans vos reves|in your dreams)\\b|\\b(?:this|that|it) (?:isn t|is not|s not|ain t) for (?:us|me)\\b|\\b(?:on a|j ai|nous avons) (?:deja )?(?:assez|suffisamment|trop) (?:de )?(?:clients|travail|boulot|demandes|commandes)\\b|\\b(?:we|i) (?:already )?(?:have|get) (?:enough|plenty of|too many) (?:customers|clients|work)\\b|\\b(?:on|nous|je) (?:s en|m en|nous en) occup\\w* (?:deja|nous memes|moi meme|en interne)\\b|\\b(?:j y|on y|nous y) (?:crois|croit|croyons) (?:plus|pas)\\b`,
  ),
  rule(
    'not_interested',
    2,
    `\\b(?:vous rigolez|tu rigoles|vous plaisantez|tu plaisantes|you re kidding|you must be joking)\\b`,
  ),
  // Twentieth development set: "pas envie.", "je ne donne jamais suite à un sms non sollicité"
  rule(
    'not_interested',
    4,
    `^(?:j ai |j )?pas envie\\b|\\bje n ai pas envie\\b|\\b(?:ne |n y |n )?(?:donne|donnerai|donnons|donnerons|donnera) (?:jamais|pas|aucune) suite\\b|\\bmarre des arnaques\\b`,
  ),
  // Twenty-second and twenty-third development sets: "mon fils fait déjà les sites", "je vais décliner",
  // "je préfère rester comme je suis", "pas le droit de faire de la pub", "I no longer need your services"
  rule(
    'not_interested',
    4,
    `\\b(?:mon|ma|notre) (?:fils|fille|neveu|niece|cousin\\w*|frere|soeur|femme|mari|gendre|belle fille|beau frere|associe\\w*|comptable|webmaster|agence|prestataire) (?:s en |s )?(?:occupe|fait|gere)\\w* (?:deja|tout)\\b|\\b(?:decliner|je decline|must decline|will decline|have to decline|politely decline)\\b|\\b(?:je prefere|on prefere|i d rather|we d rather) (?:rester|garder|stay|keep) (?:comme|as|les choses)\\b|\\b(?:pas le droit|interdit|not allowed) (?:de |d |to )(?:faire de la |me faire de la |faire )?(?:pub|publicite|advertise|demarch\\w*)|\\b(?:je vais pas|je ne vais pas) me mettre a\\b|\\b(?:a mon age|at my age)\\b|\\bno longer need (?:your|the|this|these|any)\\b|\\b(?:veux|voulons|veut|souhaite|souhaitons) pas (?:de |d )(?:votre|cette|ton|ta) (?:offre|proposition)\\b|\\bn (?:ai|avons) plus besoin de (?:vos|votre|ces|ce|cette)\\b|\\b(?:on|nous|je) (?:ne )?travaill\\w* (?:pas|jamais|plus) avec (?:des|les) (?:prestataires|agences|freelances?|externes|sous traitants)`,
  ),
  // Plain refusals the probes missed: "plus besoin, merci", "je ne veux rien", "please no", "n'insistez pas"
  rule(
    'not_interested',
    4,
    `^plus besoin\\b|\\bj ai (?:plus|pas) le temps pour (?:ca|cela|vous)\\b|\\bje (?:ne )?veux rien\\s*(?:[,.!]|$)|^please no\\b|\\bne perdez pas (?:votre|de) temps\\b`,
  ),
  rule('not_interested', 3, `\\b(?:n |ne )?insistez pas\\b`),
  rule(
    'not_interested',
    4,
    `\\bje (?:gere|fais|m occupe de) (?:mes|mon|ma|nos|notre) \\w+ (?:moi meme|nous memes|tout seul|toute seule|en interne)\\b`,
  ),
  // Twenty-fourth development set (English): "thanks but no", "word of mouth", "I don't do online stuff", "don't want it"
  rule(
    'not_interested',
    4,
    `\\bthanks but no\\b|\\b(?:word of mouth|bouche a oreille)\\b|\\bi don t do (?:online|internet|social media|websites?|marketing|computers)\\b|^(?:i |we )?don t want (?:it|that|this|any)\\b(?! more)`,
  ),
  // Twenty-sixth and twenty-seventh development sets: formal refusals, Québec "pantoute", Créole "an pa enterésé"
  rule(
    'not_interested',
    4,
    `\\b(?:we will not|we won t|we shall not) (?:be )?(?:pursuing|proceed|proceeding|moving forward|taking (?:this|it) further)\\b|\\bdecided not to (?:move forward|proceed|pursue|go ahead)\\b|\\bce ne sera pas necessaire\\b|\\bne sommes pas demandeurs?\\b|\\bne (?:pouvons|pourrons|pouvons malheureusement) pas (?:y )?repondre favorablement\\b|\\bnous refusons\\b|\\b(?:nos|mes) moyens ne (?:nous|me) permettent pas\\b|\\b(?:we|i) don t have (?:the |a )?budget\\b|\\bn externalis\\w* pas\\b|\\b(?:on|nous|je) (?:ne |n )?fai\\w* (?:pas|plus|jamais|aucune?) (?:de |d )(?:pub|publicite|marketing|communication|demarchage)\\b|\\bprofession reglementee\\b|\\bpantoute\\b|\\b(?:an|mi) pas (?:enteres|interes)\\w*|\\bpas plus tard non plus\\b`,
  ),
  // Twenty-ninth development set: refusals in the words of contact and stopping
  rule(
    'not_interested',
    4,
    `\\bpas un (?:centime|euro|sou|rond|kopeck)\\b|\\bj ai arrete (?:la |les )?(?:pub|publicite|marketing|reseaux|facebook)\\b|\\b(?:we|i) stopped advertising\\b|\\bla (?:reponse|reponce) (?:est|sera) (?:toujours )?non\\b|\\b(?:je dis|on dit) non a tout\\b|\\b(?:we|i) don t take (?:sales|cold) (?:pitches|calls)\\b|\\bnever buying\\b|\\b(?:n )?achete rien par (?:sms|telephone|message|texto)\\b|\\bnous ne recevons (?:plus|pas|jamais) (?:de )?(?:commerciaux|representants|demarcheurs)\\b|\\bne signe (?:plus|jamais) rien\\b|\\bje (?:ne )?rappelle jamais\\b|\\bc est toujours non\\b|\\bthis is a no\\b|\\b(?:je|j) (?:ne )?compte pas le devenir\\b|\\bdream on\\b|\\bj en veux plus\\s*(?:[.!,]|$)|\\bd aucun service\\b|\\bzero budget\\b|\\bpas encore une agence\\b|\\bca ne me dit rien\\b|\\bvous pouvez toujours rever\\b|\\bon ne fait aucune pub\\b|\\bje (?:ne )?suis pas client\\b|\\bplus jamais de (?:pub|publicite)s? (?:payante?s?|sur|dans|en ligne|sponsorisee?s?)\\b|\\bca (?:ne )?rapporte rien\\b|\\b(?:on|nous|je) (?:ne |n )(?:contact|appel|ecri)\\w* (?:plus|jamais) (?:aucune?|d|de|des|les)\\b`,
  ),
  // Thirty-first development set (trades): someone already makes their site, they do fine without one, not their style
  rule(
    'not_interested',
    3,
    `\\b(?:mon|ma|notre) (?:neveu|niece|cousin|cousine|gendre|filleul|filleule|agence|webmaster|informaticien|prestataire|graphiste|pote|copain|copine) (?:s en occupe|s occupe (?:de |du )?(?:tout|ca|site|notre site|mon site)|gere (?:tout|ca|le site|notre site|mon site))\\b|\\bsans (?:site|internet)(?: web| internet)?(?: depuis \\d+ ans)? et (?:ca|tout|on|je) (?:va|marche|roule|fonctionne|s en sort)\\w*\\b|\\bdepuis \\d+ ans sans (?:site|internet|pub|publicite)\\b|\\bpas (?:le|du|notre|mon) genre de la maison\\b|\\b(?:c est |ce n est )?pas (?:notre|mon) genre\\b`,
  ),
  // Thirty-second development set (mixed replies): the head office does it, advertising does not work in their trade,
  // an agency already signed, "sans doute jamais"
  rule(
    'not_interested',
    4,
    `\\b(?:mon|notre) (?:franchiseur|reseau|enseigne|groupe|siege) (?:gere|s occupe de|fait) (?:toute |tout |toutes )?(?:la |le |les |notre |nos )?(?:communication|pub|publicite|marketing|site)\\b|\\b(?:la pub|la publicite|les pubs|internet|un site|le marketing|les reseaux)\\b(?: \\w+){0,2} (?:ne )?(?:marche|fonctionne|sert) (?:pas|a rien)\\b|\\b(?:avons|ai|a) (?:deja )?signe avec (?:une|un|l|la|le|notre|mon)\\b|\\b(?:sans doute|probablement|surement|certainement) jamais\\b`,
  ),
  // Thirty-third development set (replies to follow-ups): the answer is still no ("toujours non", "je vous ai déjà
  // dit non", "ma réponse n'a pas changé"), no web project, a site would bring nothing, "je prendrai pas"
  rule(
    'not_interested',
    4,
    `(?<!\\b(?:avais|avait|avions|aviez) )\\b(?:toujours|c est toujours|reste|ca sera|ce sera|ca reste|la reponse est|la reponse reste|ma reponse est|ma reponse reste|deja dit|dis|dit|repondu|reponds)\\s*:?\\s*non\\b(?! (?:plus|pas|seulement|merci de|aux sms|aux messages|par sms))|\\btoujours pas(?=\\s*(?:[,.!]|merci|$|interess|pour moi|non))|\\b(?:ma|notre) reponse (?:n a pas change|ne change pas|est la meme|reste la meme)\\b|\\b(?:je ne|je|on ne|on|nous ne) change(?:rai|rons)? pas d avis\\b|\\bpas de changement\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\b(?:pas|aucun|n avons pas|n ai pas|n a pas) (?:de )?projets? (?:web|de site|internet|digital|numerique)\\b|\\b(?:un site|internet|la pub|la publicite|ca) ne (?:nous|me|m) (?:apporterait|apporte|apportera|servirait|sert|servira) (?:rien|a rien)\\b|\\bje (?:ne )?(?:prendrai|prendrais|signerai|signerais) (?:pas|rien|jamais)\\b`,
  ),
  // Thirty-fourth development set: "après réflexion on ne va pas le faire"
  rule(
    'not_interested',
    4,
    `\\b(?:on|nous|je) (?:ne |n )?(?:va|vais|allons) pas (?:le faire|donner suite|y aller|le prendre|le lancer)\\b`,
  ),
  // Thirty-fifth development set (questions that refuse): "et pourquoi j'aurais besoin de vous ?", "à quoi bon ?",
  // "vous croyez vraiment que j'ai le temps ?", "qui a encore besoin d'un site ?", a contract until 2026, full all year
  rule(
    'not_interested',
    4,
    `\\bpourquoi (?:j aurais|j aurai|on aurait|aurais je|aurait on|nous aurions) besoin\\b|\\ba quoi bon\\b|\\bqui a encore besoin (?:d un|d une|de)\\b|\\bc est une blague\\b|\\bpas besoin de (?:plus de |davantage de |nouveaux |nouvelles )?clients?\\b|\\b(?:on est|nous sommes|je suis) complets? (?:toute l annee|tout le temps|a l annee|toute la saison|jusqu)|\\b(?:contrat|engages?|abonnes?|abonnement) (?:avec|chez) (?:\\w+ ){1,3}(?:jusqu|pour encore)\\b`,
  ),
  rule(
    'not_interested',
    3,
    `\\bvous (?:croyez|pensez) vraiment\\b|\\bencore une (?:agence|boite|societe|offre|pub)\\b|(?:^|[.!?] )non[ .!]*$|\\b(?:c est|ce sont) (?:tous |toutes |que )?des habitue\\w*\\b`,
  ),
];
