import { rule, type IntentRule } from './rule.js';

const ROLE =
  '(?:gerant|gerante|patron|patronne|proprietaire|responsable|decisionnaire|dirigeant|dirigeante|bonne personne|personne concernee|bon interlocuteur|boss|chef|directeur|directrice|direction|decideur|titulaire|president|associe|associee)';
/** Trades our leads are in, for "je ne suis pas plombier". */
const TRADE =
  '(?:plombier|paysagiste|coiffeu\\w*|garagiste|avocat\\w*|kine\\w*|fleuriste|boulang\\w*|electricien\\w*|restaurat\\w*|comptable|medecin|dentiste|menuisier|macon|peintre|couvreur|serrurier|chauffagiste|photographe|architecte|notaire|pharmacien\\w*|veterinaire|opticien\\w*|estheticien\\w*|agent immobilier|boucher|traiteur|osteo\\w*|infirmi\\w*|taxi|ambulanc\\w*|artisan|commercant\\w*)';
const RELATIVE =
  '(?:dirigeant|dirigeante|decideur|decisionnaire|gerance|proprio|proprietaire|pere|mere|frere|soeur|mari|femme|epouse|fils|fille|associe|associee|patron|patronne|gerant|gerante|responsable|directeur|directrice|direction|comptable|collegue|chef|boss|siege|conjoint|conjointe|secretaire|manager|owner|partner|husband|wife|dad|father|mother|brother|sister)';

/** Wrong number, person gone, not the one who decides. */
export const WRONG_PERSON_RULES: IntentRule[] = [
  rule(
    'wrong_person',
    4,
    `\\b(?:mauvais|faux) (?:numero|num|destinataire|correspondant|contact|interlocuteur|numeros)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:erreur|trompe|trompez|tromper) (?:de |d )?(?:numero|personne|destinataire|contact)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\bvous (?:vous )?(?:etes|avez) trompe|\\bvous faites erreur\\b|\\bvous vous trompez\\b|\\bvous (?:devez )?confond\\w*|\\bconfusion\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:ne|n) (?:travaille|bosse|fait partie|est|suis|sommes|s occupe) plus (?:ici|la|chez|dans|de|partie|a|avec(?! (?:des|les|d) (?:agences?|prestataires?|freelances?|commerciaux|consultants?|societes)\\b)|du|des)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:a quitte(?! (?:google|facebook|instagram|linkedin|tiktok|twitter|les reseaux|pages jaunes|les annuaires|le marche))|(?<!\\bc )est parti|est partie|a pris (?:sa|ca) retraite|est decede|est decedee|a vendu|a cede|ai vendu|avons vendu|ai cede|n existe plus|a change de numero|ai change de numero|a ete (?:vendu|vendue|cede|cedee|reprise?|rachete|rachetee|liquide|liquidee)|a ferme (?:ses portes|definitivement)|ferme definitivement|plus (?:d |de )(?:entreprise|societe|activite|boutique|magasin|garage|salon))\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:je ne suis (?:pas|plus)|je suis (?:pas|plus)|ce n est pas|c est pas|pas|plus) (?:le |la |l |du |de la |au )?${ROLE}\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:c est pas|ce n est pas|c est plus|ce n est plus|pas|plus) moi (?:qui|le|la)\\b|\\bpas moi qu il faut\\b`,
  ),
  rule('wrong_person', 3, `\\b(?:le |la |l )?${ROLE}(?: \\w+)?,? c est (?!moi|bien|ok|quoi|combien|pour|pas)\\w+`),
  rule(
    'wrong_person',
    3,
    `\\bc est (?:mon|ma|le|la|notre|mes|nos) ${RELATIVE} qui (?:gere|decide|s occupe|soccupe|fait|signe|voit)`,
  ),
  rule(
    'wrong_person',
    3,
    `\\b(?:voyez|voir|adressez vous|adresser|contactez|s adresser|demandez|ecrivez|appelez|passez par) (?:avec |a |au |aupres de |plutot )?(?:mon |ma |le |la |notre |l |mes |nos )?${RELATIVE}\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\bje (?:ne )?suis (?:(?:juste|seulement|que|simplement|qu) )?(?:l |un |une |le |la )?(?:comptable|assistant|assistante|commercial|commerciale|apprenti|apprentie|salarie|salariee|employe|employee|stagiaire|secretaire|standardiste|particulier|particuliere|vendeur|vendeuse|ouvrier|ouvriere|technicien|remplacant|remplacante|interimaire|au standard|le standard)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\b(?:ici c est|c est|nous sommes|on est) (?:un |une |le |la )?(?:particulier|association|numero perso|numero personnel|ligne perso|ligne personnelle|standard|portable perso|telephone perso)\\b|\\bnumero (?:perso|personnel|prive)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\b(?:je ne connais pas|connais pas|connait pas|je connais personne|connais personne|qui est ce|c est qui) (?:de |cette |ce |cet |d )?(?:personne|monsieur|madame|entreprise|societe|garage|boite|nom)\\b|\\bconnais pas de\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:le |la |l |notre |mon |ma |cette |ce )?(?:restaurant|garage|salon|boutique|magasin|entreprise|societe|commerce|cabinet|agence|pizzeria|boulangerie|bar|hotel|atelier|affaire|association|cafe|taxi|gite|ferme) (?:(?:a|est|a ete) (?:vendu|vendue|cede|cedee|liquide|liquidee|repris|reprise)|(?:a|a ete) (?:ferme|fermee)(?! (?:le|les|pour|jusqu|ce|aujourd|demain))|est fermee? definitivement)\\b|\\b(?:vieux|ancien) fichier\\b|\\bce numero (?:etait|appartenait)\\b|\\b(?:je n ai|j ai) (?:aucune|pas d|plus d) (?:activite|entreprise|societe|commerce)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `^erreur\\b|\\bpas la (?:bonne )?personne\\b|\\b(?:n est plus|est plus|ce n est plus|c est plus) (?:mon|le|notre) numero\\b|\\bnumero (?:n est plus|a change)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:pas le bon|mauvais) (?:numero|num|contact|interlocuteur|destinataire|correspondant)\\b|\\b(?:ce n est|c est) pas le numero (?:de|du|d)\\b|\\bc est le mien\\b|\\bje ne suis que\\b|\\bjamais entendu parler\\b(?! de (?:vous|votre|vos|ce service|ca)\\b)|\\bconnais (?:meme )?pas cette\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\ba change de (?:proprietaire|gerant|main|mains|direction|patron|numero)\\b|\\b(?:je n y suis plus|n y travaille plus|n y bosse plus)\\b|\\breattribu\\w*|\\breaffect\\w*|\\bancien (?:locataire|proprietaire|gerant|patron|employe|salarie|associe)\\b|\\bjamais eu (?:de |d )(?:societe|entreprise|commerce|boutique|garage|activite)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:cede|vendu|revendu|ai vendu|avons vendu|avons cede|ai cede) (?:le |la |l |mon |notre |ma |nos )?(?:fonds|fond de commerce|fonds de commerce|entreprise|societe|affaire|boutique|garage|salon|restaurant|commerce|activite|cabinet|agence|magasin)\\b|\\bje l ai (?:revendue?|vendue?|cedee?)\\b|\\b(?:il|elle) est (?:a la retraite|decede|decedee|parti|partie)\\b|\\b(?:il|elle|on|nous) (?:a|avons) ferme\\b(?! (?:le|les|pour|jusqu|ce|aujourd|demain))`,
  ),
  rule(
    'wrong_person',
    3,
    `\\bje suis (?:la fille|le fils|la femme|le mari|l epouse|la soeur|le frere) (?:du|de la|de l|de)\\b|\\bil n y a pas de \\w+ ici\\b|\\bvous cherchez qui\\b|\\ba demenage\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:isn t|is not|not) a business\\b|\\bi m (?:a student|retired|a private)\\b|\\bsold the (?:business|shop|company|store|restaurant|salon)\\b|\\bnew owners?\\b|\\bunder new management\\b`,
  ),
  rule('wrong_person', 3, `\\bc est le numero (?:de |d |du )(?:la |le |l )?\\w+\\b`),
  rule(
    'wrong_person',
    2,
    `\\b(?:aucun rapport|rien a voir|pas concerne|pas concernee|pas de garage|pas d entreprise|pas une entreprise)\\b`,
  ),
  // English
  rule(
    'wrong_person',
    4,
    `\\bwrong (?:number|person|contact|guy|#|no)\\b|^wrong\\b|\\bno longer (?:works?|with|at|here)\\b|\\b(?:doesn t|does not|don t|do not) work (?:here|there|for us|with us)(?: any ?more)?\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:left|has left|quit) the (?:company|business|firm)\\b|\\bnot the (?:owner|manager|right person|decision maker|boss)\\b|\\bi m not (?:the )?(?:owner|manager|boss|in charge)\\b|\\bnot (?:me|my call|my decision)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:shop|business|store|company|restaurant|salon|garage|bakery|cafe|bar|hotel|studio|school|office|practice|clinic|agency) (?:closed|has closed|was sold|is closed|shut down|went under)\\b|\\bpersonal (?:phone|number|mobile|line)\\b|\\bdon t (?:own|run|have) a business\\b|\\b(?:try|ask|contact|talk to) my (?:manager|boss|partner|husband|wife)\\b|\\bwho is (?:this|that) person\\b|\\bnever heard of\\b(?! (?:you|your|this|it|that|the company|them)\\b)`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:passed away|died|deceased|a change (?:de nom|de main|de mains|de proprietaire|de gerant|d activite|de direction)|en liquidation|liquidation judiciaire|en faillite|dissoute|dissous|radiee?|a l arret definitif|rendu ma licence|n appartient plus|appartient plus|n habite plus|closed down|shut down|went bust|out of business|got this number|no idea who|who you re after|i (?:just|only) work here|speak to the owner|talk to the owner)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `(?<!\\b(?:j|je|on|nous) )\\b(?:cesse|arrete|stoppe|ferme) (?:l |mon |notre |son |ma |sa |leur )?(?:activite|commerce|entreprise|affaire|societe)\\b|\\bc est (?:la ligne|le portable|le telephone|le numero perso) de\\b|\\b(?:il n y a|il y a|y a|n y a|there s no|there is no) (?:pas |personne |aucun |no )?(?:de |d )?\\w+ (?:ici|here)\\b`,
  ),
  rule(
    'wrong_person',
    3,
    `\\bje (?:ne )?m occupe pas de\\b|\\bc est (?:le|la|l) \\w+ (?:\\w+ ){0,2}qui (?:gere|decide|s occupe)\\b|\\bje suis (?:etudiant|etudiante|retraite|retraitee|chomeur|lyceen|lyceenne)\\b|\\b(?:pas|plus) (?:commercant|commercante|artisan|entrepreneur|chef d entreprise|professionnel|gerant)\\b|\\b(?:n est plus|c est plus) (?:un|une) \\w+\\b|\\bsans objet\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:aucune idee|je ne vois pas|je vois pas|ne sais pas|sais pas) de (?:quel|quelle|qui|quoi) (?:\\w+ )?(?:vous parlez|il s agit)|\\bne m est pas destine\\w*|\\bnot meant for me\\b|\\bwrong (?:phone|line|mobile)\\b|\\bisn t (?:his|hers|theirs|his number|her number) any ?more\\b|\\b(?:ce|mon) numero n est pas celui\\b|(?<!\\b(?:comment|ou|pourquoi) (?:avez vous|vous avez|as tu|t as|tu as|avez|vous) )\\b(?:recupere|herite de|eu) ce numero\\b|\\bje (?:ne )?suis pas (?:m|mr|mme|monsieur|madame)\\b|\\bretired\\b`,
  ),
  // "ce n'est pas moi, c'est le service marketing", "ce numéro n'est plus celui du restaurant", "not the person you're looking for"
  rule(
    'wrong_person',
    4,
    `\\b(?:ce n est|c est) (?:pas|plus) (?:moi|mon entreprise|ma societe|ma boite|mon affaire|mon service|mon domaine|mon rayon)\\b(?! (?:qui (?:vous )?ai|qui (?:vous )?avais))|\\bn est plus (?:celui|celle) (?:de|du|d|des)\\b|\\bnot the (?:person|one|guy|lady|people|company|business)\\b(?! i)|\\bno one (?:here )?by that name\\b`,
    'wrong_person',
  ),
  rule(
    'wrong_person',
    2,
    `\\b(?:new number|nouveau numero|numero recent)\\b|\\bc est (?:le|la|l) (?:service|siege|departement|pole|maison mere|agence|direction) \\w+`,
  ),
  // "le patron rentre lundi", "the boss is back on Monday", "je suis plus dans cette entreprise", "c'est le gérant qu'il faut voir"
  rule(
    'wrong_person',
    4,
    `\\b(?:le |la |mon |ma |notre |the |my |our )(?:patron|patronne|gerant|gerante|boss|owner|manager|responsable|directeur|directrice|proprio|proprietaire) (?:rentre|revient|est absent|est absente|est en vacances|est en conge|sera la|sera de retour|is back|will be back|returns|is away|is out|is on holiday)\\b|\\bje (?:ne |n )?(?:suis|travaille|bosse) plus (?:dans|chez|pour) (?:cette|la|l|votre|ce|cet|mon|ma)\\b|\\bc est (?:le |la |l |mon |ma |notre )?${ROLE} qu il faut\\b|\\bmy (?:partner|wife|husband|son|daughter|brother|sister|associate|colleague|boss|business partner) (?:runs|handles|manages|deals with|takes care of|is in charge)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\bc est (?:lui|elle|eux) qui (?:gere|s occupe|decide|voit)\\b|\\b(?:c est pas|ce n est pas) nous qui\\b|\\bappartient (?:maintenant |desormais )?a (?:un|une) (?:particulier|autre|nouvelle?|autre personne)\\b|\\bc est (?:mon|ma|notre) ${RELATIVE} \\w+ qui (?:gere|decide|s occupe|fait|voit)`,
  ),
  // Eighth and ninth development sets: "vous devez avoir une mauvaise fiche", "mon homonyme", "le paysagiste c'est mon
  // frère, pas moi", "l'ancien kiné n'exerce plus ici", "le nouveau locataire", "I'm just the receptionist"
  rule(
    'wrong_person',
    4,
    `\\bmauvaise fiche\\b|\\bhomonyme\\b|\\bvous (?:avez du|devez) vous (?:tromper|etre trompe\\w*)\\b|\\bvous vous etes trompe\\w*|\\bvous cherchez (?:sans doute |surement |probablement |certainement )?(?:l ancien\\w*|le precedent|la precedente|quelqu un d autre|une autre personne)\\b|\\bn exerce plus\\b|\\b(?:nouveau|nouvelle|new) (?:locataire|proprietaire|proprio|owner|owners|tenant|occupant)\\b|\\bno longer belongs to\\b|\\b(?:only|just) (?:the |a |an )?(?:intern|receptionist|assistant|secretary|employee|cleaner|apprentice|temp)\\b|\\b(?:speak|talk) (?:to|with) (?:the|my|our) (?:manager|owner|boss|director)\\b`,
  ),
  rule(
    'wrong_person',
    4,
    `\\bc est (?:mon|ma) (?:frere|soeur|pere|mere|fils|fille|femme|mari|epoux|epouse|associe\\w*|collegue|cousin\\w*|oncle|tante|patron\\w*|voisin\\w*)(?: ,)? pas moi\\b|\\b(?:est|c est) (?:maintenant |desormais |aujourd hui )?celui (?:de|d) (?:ma|mon|mes|sa|son|ses) \\w+|\\b(?:nous a quitte|nous ont quitte|est decede|est decedee)\\w*|\\bje (?:ne )?gere pas (?:la |le |les |l )\\w+|\\bje (?:ne )?suis pas (?:un |une |le |la )?${TRADE}\\b|\\bmoi je suis (?:${TRADE}|prof|professeur|salarie\\w*|etudiant\\w*|retraite\\w*)\\b|\\bne (?:gere|s occupe) pas (?:de )?(?:ca|cela|ces questions|ces sujets) (?:lui|elle) meme\\b|\\bmis fin a (?:son|leur|notre|mon|sa) activite\\b`,
  ),
  // Eleventh development set: "this number belongs to a different business now", "I'm just staff", "mixed up with someone else"
  rule(
    'wrong_person',
    4,
    `\\bbelongs? to (?:a |an )?(?:different|another|other|new)\\b|\\b(?:private|personal) number now\\b|\\bmixed up with\\b|\\bgot (?:the wrong|me confused)\\b|\\b(?:only|just) (?:staff|an employee|working here|the cleaner)\\b`,
  ),
  // Twelfth development set
  rule(
    'wrong_person',
    4,
    `\\bne fait plus partie (?:de|du|des) (?:l |la |le )?(?:entreprise|societe|equipe|boite|agence|cabinet|maison|magasin|personnel)\\b|\\bno longer (?:the )?(?:manager|owner|boss|in charge|work(?:ing)? (?:here|there))\\b|\\bpersonne de ce nom\\b|\\b(?:numero )?(?:plus|n est plus|desormais|maintenant) attribue a\\b|\\battribue a (?:un|une) (?:particulier|autre|nouvelle?)\\b|\\b(?:a|une|un) retraitee?\\b|\\bvous cherchez (?:sans doute |surement |probablement |certainement )?(?:mon|ma|mes) \\w+|\\b(?:ai|avons) quitte (?:l |la |le |cette |ce )\\w+|\\bje ne peux rien (?:faire )?pour vous\\b|\\bfin de (?:mon|ma) (?:contrat|mission|stage|cdd)\\b|\\bje transmets (?:a|au|aux) (?:la direction|mon|ma|mes|la personne|la bonne personne|qui de droit)\\b`,
  ),
  // Thirteenth development set
  rule(
    'wrong_person',
    4,
    `\\bvous avez (?:le|la) mauvaise? \\w+|\\b(?:decisions?|that|this|ca) (?:are |is |sont |est )?(?:made|handled|decided|prises?|gere\\w*) (?:by|at|par|au) (?:the )?(?:head office|owner|management|headquarters|siege|direction|la direction)\\b|\\bused to belong to\\b|\\bi just got (?:it|this number|this phone)\\b|\\bje suis a la retraite\\b(?! (?:dans|en|a partir|l an|l annee|bientot|fin|d ici))`,
  ),
  rule(
    'wrong_person',
    4,
    `\\b(?:attribue|ecrit|envoye|contacte)\\w* par erreur\\b|\\b(?:il|elle) (?:n )?est plus la\\b`,
  ),
  // Fifteenth development set
  rule(
    'wrong_person',
    4,
    `\\bnot my business any ?more\\b|\\bi sold (?:it|the business|the shop|the company)\\b|\\bc est pour (?:mon|ma|le|la) (?:patron|patronne|gerant|gerante|boss|chef|mari|femme|associe|associee)\\b|\\b(?:isn t|is not) the \\w+ any ?more\\b|\\bthey moved (?:out|away)\\b|\\b(?:nous )?on ne decide (?:rien|pas)\\b|\\bil faut (?:ecrire|voir|s adresser|demander) (?:a|au|avec) (?:la franchise|le siege|la direction|mon patron|ma patronne|le gerant)\\b|\\bvieille annonce\\b|\\bce n est pas un commerce\\b|^(?:je )?(?:ne )?connais pas\\s*[.!]*$`,
  ),
  // Sixteenth development set
  rule(
    'wrong_person',
    4,
    `\\b(?:il|elle) (?:n )?utilise plus ce numero\\b|\\bj ai change de (?:metier|activite|boulot|travail|job)\\b|\\b(?:faut|il faut) (?:demander|voir) (?:au|a la|avec le|avec la) (?:chef|patron|patronne|gerant|gerante|boss|direction|proprio)\\b|\\bla decision revient (?:a|au)\\b|\\bce n est pas a moi qu il faut\\b`,
  ),
  // Seventeenth development set
  rule(
    'wrong_person',
    4,
    `\\bnot the right (?:contact|person|number|people)\\b|\\b(?:handled|managed|decided) (?:by|at) (?:the )?(?:head office|headquarters|hq|owner|management)\\b|\\bmixed (?:me |us )?up\\b|^(?:je )?(?:ne )?connais pas (?:ce|cette|cet) \\w+\\s*[.!]*$|\\bse prennent (?:au|a la) (?:national|siege|direction)\\b|\\bce n est pas (?:un|une) \\w+ ici\\b`,
  ),
  rule('wrong_person', 3, `\\bje suis (?:juste|seulement|que) (?:le |la |l |un |une )?\\w+`),
  // Eighteenth and nineteenth development sets: "je ne fais plus partie de cette boîte", "ce n'est plus son numéro",
  // "je n'ai plus rien à voir avec eux", "Sarah quit in March"
  rule(
    'wrong_person',
    4,
    `\\bne (?:fait|fais|faisons|font) plus partie (?:de|du|des) (?:l |la |le |cette |ce |cet )?(?:entreprise|societe|equipe|boite|agence|cabinet|maison|magasin|personnel|structure)\\b|\\b(?:c est|ce n est|n est|c est) plus (?:son|sa|leur|le sien|le leur) (?:numero|num|portable|telephone|tel)\\b|\\b(?:n ai|n avons) plus rien a voir avec\\b|(?<!\\b(?:i|we|you|if|when) )\\b(?:he|she|[a-z]+) (?:quit|left) (?:in|last|back in|a (?:few|couple)|\\d+|months|weeks|years)\\b(?<!\\b(?:i|we|you) (?:quit|left) \\w+)`,
  ),
  // Twentieth development set: "this number was reassigned"
  rule(
    'wrong_person',
    4,
    `\\b(?:number|numero) (?:was |has been |a ete |est )?(?:reassigned|reattribue|recycled|recycle)\\b`,
  ),
  // Twenty-second and twenty-third development sets
  rule(
    'wrong_person',
    4,
    `\\bc est pas mon (?:commerce|entreprise|magasin|garage|affaire|societe|restaurant|salon)\\b|\\bje suis (?:le|la) (?:voisin|voisine)\\b|\\bn est plus joignable (?:a|sur|au) ce numero\\b|\\b(?:isn t|is not|s not|not) my (?:work|business|office) (?:number|phone|line|cell)\\b|^no [a-z]+ here\\b`,
  ),
  // Twenty-fifth development set: "je ne suis pas un commerce", "mon mari s'occupe de la boutique, pas moi"
  rule(
    'wrong_person',
    4,
    `\\bje (?:ne )?suis pas (?:un|une) (?:commerce|commercant\\w*|entreprise|professionnel\\w*|societe|boutique|magasin|pro)\\b|\\b(?:we re|we are|i m|i am) not a (?:business|company|shop|store)\\b|\\b(?:mon|ma) (?:mari|femme|epoux|epouse|associe\\w*|fils|fille|frere|soeur|pere|mere|patron\\w*|collegue) s occupe (?:de|du|des) [^.!?]*\\bpas moi\\b`,
  ),
  // Twenty-fourth development set (English)
  rule(
    'wrong_person',
    4,
    `\\b(?:the )?previous (?:owner|owners|manager|tenant)\\b|\\bsold up\\b|\\bi don t deal with (?:any of )?(?:that|this|it)\\b|\\bi m (?:just |only )?the (?:cleaner|receptionist|intern|nanny|babysitter|assistant|driver|secretary|temp)\\b|\\bhead office (?:handles|deals with|does|manages|decides)\\b|\\b[a-z]+ s (?:left|gone|retired)\\b|\\bcovering (?:for|till|until) (?!\\d)`,
  ),
  // Twenty-sixth and twenty-seventh development sets: forwarded, redirected, not in post, not the decision maker
  rule(
    'wrong_person',
    4,
    `\\b(?:transfere|transferee|transmis|transmets|transmettrai|transfer|forward|forwarded|forwarding|laisse le message|pass (?:it|this) on) (?:\\w+ ){0,4}(?:(?:a|to) (?:mon|ma|mes|notre|nos|la|le|l|my|our|the|m|mr|mme|monsieur|madame)\\b|(?:au|aux) \\w+)|\\b(?:adressez vous|vous adresser|adresser votre demande|passer par (?:eux|elle|lui|notre|le|la)|please contact our|you need to (?:speak|talk) to (?:our|the)|vous devez contacter (?:la|le|notre|l))\\b|\\bn est plus en poste\\b|\\bne (?:fait|font) plus partie (?:de|des) (?:nos|notre) (?:effectifs|equipes?|personnel|collaborateurs|services)\\b|\\b(?:prises?|gerees?|geres|decidees?|choisis|validees?) (?:par|au) (?:notre |le |la |l )?(?:siege|franchiseur|maison mere|direction generale|groupe|head office)\\b|\\b(?:aucun pouvoir de decision|ne peux pas prendre (?:ce genre de |cette |de |la )?decisions?|can t make (?:these|this|that|such) decisions?)\\b|\\bthis is the \\w+ s (?:phone|number|line)\\b|\\bce numero est celui (?:de|du) (?:la|le|l) \\w+|\\bnumero errone\\b|\\bi m (?:an |the |just an |just the )?intern\\b|\\bne traite pas (?:ces|ce genre de|les) demandes\\b|\\bmon ancien numero\\b|\\bje (?:ne )?suis plus a mon compte\\b|\\b(?:tronpe|trompe) (?:de )?(?:nimewo|numero)\\b|\\bse pas mwen\\b|\\ble pas mon numero\\b|^(?:ce n est|c est) pas [a-z]+ ici\\b`,
  ),
  // Thirty-first development set: "The owner is my dad, I just help on weekends"
  rule(
    'wrong_person',
    4,
    `\\bthe (?:owner|boss|manager|decision maker) is (?:my|our) (?:dad|father|mum|mom|mother|brother|sister|uncle|aunt|husband|wife|son|daughter|partner)\\b|\\bi (?:just|only) help (?:out )?(?:on|at|in|with|here)\\b`,
  ),
  // Thirty-third development set: "c'est à ma sœur qu'il faut demander, c'est elle la patronne"
  rule(
    'wrong_person',
    4,
    `\\bc est (?:elle|lui) (?:la|le) (?:patronne|patron|gerante|gerant|responsable|proprietaire|boss|cheffe|chef|decisionnaire)\\b|\\bc est a (?:ma|mon|notre) \\w+ qu il faut (?:demander|voir|s adresser|parler|ecrire)\\b`,
  ),
  // Thirty-fifth development set: "vous avez le numéro de mon ancien employeur"
  rule(
    'wrong_person',
    4,
    `\\b(?:numero|contact|coordonnees) de mon ancien(?:ne)? (?:employeur|patron|patronne|boulot|travail|entreprise|societe)\\b`,
  ),
];
