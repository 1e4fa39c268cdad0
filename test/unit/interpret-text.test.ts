import { describe, expect, it } from 'vitest';
import { interpretText } from '../../agents/interpreter/interpret-text.js';
import { interpretationSchema } from '../../src/domain/interpretation.js';

/** Invented phrasings (never copied from the sets) for the rules one development set led to. */
function phrasingsAddedFrom(set: string, cases: [text: string, intent: string][]) {
  describe(`interpretText phrasings added from the ${set}`, () => {
    it.each(cases)('when a lead writes "%s", then it is %s', (text, intent) => {
      expect(interpretText(text).intent).toBe(intent);
    });
  });
}

describe('interpretText contract', () => {
  it.each([
    'STOP',
    "Oui ça m'intéresse",
    'rappelez moi demain 14h',
    'mauvais numéro',
    '👍',
    "Bonjour, c'est combien ? On a déjà un site.",
    'slt dac pr un rdv jeudi 10h',
    'pls call me tomorrow at 3pm',
    'Je suis pas le gérant, voyez avec mon associé',
    'on verra à la rentrée',
    'Contactez nous: contact@martin-paysage.com ou https://martin-paysage.com/contact, merci.',
    '',
  ])('when %j is interpreted, then every field of the contract is there and valid', (text) => {
    const interpretation = interpretText(text);

    expect(interpretationSchema.safeParse(interpretation).error).toBeUndefined();
    expect(interpretation.method).toBe('rules');
    expect(interpretation.model).toBeNull();
    expect(interpretation.do_not_contact).toBe(interpretation.intent === 'opt_out');
  });

  it('when a message asks a question and raises an objection, then both are reported as the lead wrote them', () => {
    const interpretation = interpretText("Bonjour, c'est combien ? On a déjà un site.");

    expect(interpretation.questions).toEqual(["Bonjour, c'est combien ?"]);
    expect(interpretation.objections).toEqual(['On a déjà un site.']);
  });
});

describe('interpretText entities', () => {
  it('when a message names a bare domain and a www. address, then both are URLs and the first is the client website', () => {
    const { entities } = interpretText('Voici notre site www.boulangerie-dupont.fr et aussi martin-paysage.com.');

    expect(entities.urls).toEqual(['www.boulangerie-dupont.fr', 'martin-paysage.com']);
    expect(entities.client_website).toBe('www.boulangerie-dupont.fr');
  });

  it('when a message holds an email and a link to the same domain, then the email is an email, not a URL', () => {
    const { entities } = interpretText(
      'Écrivez à Contact@Martin-Paysage.com ou voyez https://martin-paysage.com/contact, merci.',
    );

    expect(entities.emails).toEqual(['contact@martin-paysage.com']);
    expect(entities.urls).toEqual(['https://martin-paysage.com/contact']);
    expect(entities.client_website).toBe('https://martin-paysage.com/contact');
  });

  it('when a lead writes "noon" alone, then it is a time, though the rules read it as the typo for "non"', () => {
    expect(interpretText('NOON works for me').entities.times).toEqual(['NOON']);
    expect(interpretText('free at noon tomorrow').entities.times).toEqual(['at noon', 'tomorrow']);
  });

  it('when a reply holds only words that begin like a date ("merci", "mon", "marre"), then no time is found', () => {
    expect(interpretText('merci mon ami, j en ai marre, finalement non').entities.times).toEqual([]);
  });

  it('when the only link is a Facebook page, then it is a URL but not the client website', () => {
    const { entities } = interpretText('notre page https://www.facebook.com/martinpaysage');

    expect(entities.urls).toEqual(['https://www.facebook.com/martinpaysage']);
    expect(entities).not.toHaveProperty('client_website');
  });

  it('when a social link comes before the own site, then the own site is the client website', () => {
    const { entities } = interpretText('voir instagram.com/dupont et martin-paysage.com');

    expect(entities.client_website).toBe('martin-paysage.com');
  });

  it('when a French phone number is written 06 12 34 56 78, then it is extracted in E.164', () => {
    const { entities } = interpretText('rappelez moi au 06 12 34 56 78');

    expect(entities.phones).toEqual(['+33612345678']);
    expect(entities.times).toEqual([]);
  });

  it('when a phone number follows "le", then its first digits are not read as a date', () => {
    const { entities, action } = interpretText('appelez le 06 12 34 56 78');

    expect(entities.phones).toEqual(['+33612345678']);
    expect(entities.times).toEqual([]);
    expect(action.details).toMatchObject({ when: null, phone: '+33612345678' });
  });

  it('when a lead proposes a weekday and an hour (jeudi 10h, lundi 9h30), then the whole time is kept', () => {
    expect(interpretText('slt dac pr un rdv jeudi 10h').entities.times).toEqual(['jeudi 10h']);
    expect(interpretText('dispo lundi 9h30').entities.times).toEqual(['lundi 9h30']);
  });

  it('when a message has no entities, then every list is empty', () => {
    expect(interpretText('Non merci').entities).toEqual({ urls: [], emails: [], phones: [], times: [] });
  });
});

describe('interpretText clear intents', () => {
  it('when a lead answers STOP, then it is an opt-out with do_not_contact and a blacklist on all channels', () => {
    expect(interpretText('STOP')).toMatchObject({
      intent: 'opt_out',
      do_not_contact: true,
      sentiment: 'negative',
      interest_level: 'none',
      action: { type: 'blacklist', details: { reason: 'opt_out', scope: 'all_channels' } },
    });
  });

  it('when a lead writes "ne me contactez plus", then it is an opt-out', () => {
    expect(interpretText('ne me contactez plus')).toMatchObject({ intent: 'opt_out', do_not_contact: true });
  });

  it('when a lead answers "Oui ça m\'intéresse", then it is interest to transfer to the CRM', () => {
    expect(interpretText("Oui ça m'intéresse")).toMatchObject({
      intent: 'interested',
      sentiment: 'positive',
      interest_level: 'high',
      do_not_contact: false,
      action: { type: 'transfer_to_crm' },
    });
  });

  it('when a lead answers "Absolument pas intéressé", then the negation makes it a refusal', () => {
    expect(interpretText('Absolument pas intéressé')).toMatchObject({
      intent: 'not_interested',
      do_not_contact: false,
    });
  });

  it('when a lead writes "rappelez moi demain 14h", then it is a callback scheduled at that time', () => {
    const interpretation = interpretText('rappelez moi demain 14h');

    expect(interpretation.intent).toBe('callback');
    expect(interpretation.entities.times).toEqual(['demain 14h']);
    expect(interpretation.action).toEqual({
      type: 'schedule_callback',
      details: { when: 'demain 14h', times: ['demain 14h'], phone: null },
    });
  });

  it('when a lead writes "mauvais numéro", then it is the wrong person, flagged', () => {
    expect(interpretText('mauvais numéro')).toMatchObject({ intent: 'wrong_person', action: { type: 'flag' } });
  });

  it('when a lead answers with a thumbs-up emoji only, then it is unclear', () => {
    expect(interpretText('👍')).toMatchObject({ intent: 'unclear', do_not_contact: false });
  });
});

phrasingsAddedFrom('fifth development set', [
  ['arrêtez, ça devient lourd', 'opt_out'],
  ['vous êtes pénibles, cessez !', 'opt_out'],
  ['inscrivez-moi sur votre liste d opposition', 'opt_out'],
  ['je m oppose au traitement de mes données', 'opt_out'],
  ['la prospection est interdite, merci', 'opt_out'],
  ['je ne veux plus jamais entendre parler de votre boîte', 'opt_out'],
  ['ne revenez plus vers moi', 'opt_out'],
  ['comment faire pour ne plus recevoir vos messages ?', 'opt_out'],
  ['how can I unsubscribe from this?', 'opt_out'],
  ['please have my details deleted', 'opt_out'],
  ['add me to your do not call list', 'opt_out'],
  ['suprimez mon compte', 'opt_out'],
  ['qui vous a donné ce numéro ? effacez-le de votre fichier', 'opt_out'],
  ['plu jamais', 'opt_out'],
  ['cessez toute communication avec moi', 'opt_out'],
  ['ne vous arrêtez pas en si bon chemin, envoyez le devis', 'interested'],
  ['cessez de douter, on signe', 'interested'],
  ["don't call before 10am please", 'callback'],
  ['call me in 20 mins', 'callback'],
  ['rappel possible lundi ?', 'callback'],
  ['pas avant 18h, je suis en rendez-vous', 'callback'],
  ['drop by the shop on Monday', 'callback'],
  ['mardi 10h30 ça me convient', 'callback'],
  ['relancez-moi à mon retour', 'later'],
  ['attendez la rentrée svp', 'later'],
  ["on verra d'ici quinze jours", 'later'],
  ['absolument pas', 'not_interested'],
  ['on n a plus besoin de vos services', 'not_interested'],
  ['je ne recherche rien de particulier', 'not_interested'],
  ["ce n'est pas mon service, voyez la compta", 'wrong_person'],
  ['not the person you think, sorry', 'wrong_person'],
  ['je suis juste l assistante', 'wrong_person'],
  ['hein ?', 'unclear'],
]);

phrasingsAddedFrom('sixth development set', [
  ['S T O P !', 'opt_out'],
  ['st op', 'opt_out'],
  ['stop virgule merci beaucoup', 'opt_out'],
  ['stop point final', 'opt_out'],
  ['stop promos', 'opt_out'],
  ['FIN', 'opt_out'],
  ['arrette', 'opt_out'],
  ['vous comptez arrêter un jour ?', 'opt_out'],
  ['tu comprends pas STOP ?', 'opt_out'],
  ['please take my number off your mailing list', 'opt_out'],
  ['merci de me biffer de vos fichiers', 'opt_out'],
  ['je vous demande de cesser définitivement vos sollicitations', 'opt_out'],
  ['ce téléphone ne reçoit pas de SMS', 'unclear'],
  ['remind me after the holidays', 'later'],
  ['retentez après la Toussaint', 'later'],
  ['the end of the month would be better', 'later'],
  ['la patronne revient mardi', 'wrong_person'],
  ['my business partner handles all that', 'wrong_person'],
  ['c est moé le stagiaire, pas le boss', 'wrong_person'],
  ['c est le gérant qu il faut appeler', 'wrong_person'],
  ['call me in the morning, never at lunch', 'callback'],
  ['vers 11h c est ok', 'callback'],
  ['inscrivez-nous pour le webinaire', 'interested'],
  ['thanks but no', 'not_interested'],
]);

phrasingsAddedFrom('seventh development set', [
  ['svp laissez nous tranquilles', 'opt_out'],
  ['suppression de mes coordonnées svp', 'opt_out'],
  ['je ne veux plus faire l objet de démarchage', 'opt_out'],
  ['je voudrais juste que ces messages cessent', 'opt_out'],
  ['y a un moyen d arrêter ces sms ?', 'opt_out'],
  ['please take me off your list', 'opt_out'],
  ['Please refrain from texting this number.', 'opt_out'],
  ['Encore vous ? Non merci. Stop.', 'opt_out'],
  ['perdez ce numéro', 'opt_out'],
  ['retirez mon restaurant de vos fichiers', 'opt_out'],
  ['⛔', 'opt_out'],
  ['do not contact', 'opt_out'],
  ['je ne souhaite plus être recontactée', 'opt_out'],
  ['pas de pub pour nous, merci', 'not_interested'],
  ['Stop ! Exactement ce qu il nous faut, envoyez le devis', 'interested'],
  ['on peut arrêter l abonnement quand on veut ?', 'question'],
  ['bof, non', 'not_interested'],
  ['ok pour une démo', 'interested'],
  ['just send me your prices', 'interested'],
  ['happy to talk on the phone tomorrow', 'callback'],
  ['pas le temps pour le moment, peut-être l année prochaine', 'later'],
  ['rien avant septembre', 'later'],
  ['voyez avec ma femme, c est elle qui gère', 'wrong_person'],
  ['je suis au volant', 'unclear'],
]);

phrasingsAddedFrom('eighth and ninth development sets', [
  ['merci d arrêter les textos sur ce portable', 'opt_out'],
  ['Ne plus m appeler ni m écrire.', 'opt_out'],
  ['ne plus relancer svp', 'opt_out'],
  ['numéro signalé, ne réessayez pas', 'opt_out'],
  ['veuillez ne plus nous adresser vos offres', 'opt_out'],
  ['c est la ligne du cabinet, merci de ne plus y écrire', 'opt_out'],
  ['je demande qu elles soient effacées de vos fichiers', 'opt_out'],
  ['please end these messages', 'opt_out'],
  ['I never subscribed to this', 'opt_out'],
  ['j veux pu être contacté', 'opt_out'],
  ['sa suffi maintenant', 'opt_out'],
  ['plu jamai de pub', 'opt_out'],
  ['STAHP', 'opt_out'],
  ['stop, je suis pas intéressé', 'opt_out'],
  ['stop, on est vraiment intéressés, envoyez le devis', 'interested'],
  ['pas de pub svp, mais envoyez-moi vos tarifs', 'interested'],
  ['arrêtez les textos, appelez-moi plutôt demain', 'callback'],
  ['ne m écrivez plus, pas intéressé mais merci', 'opt_out'],
  ['on peut se désinscrire à tout moment de l application ?', 'question'],
  ['if we unsubscribe later, is there a fee?', 'question'],
  ['j en ai marre de ces factures, c est combien chez vous ?', 'question'],
  ['je suis pas coiffeuse, mauvaise personne', 'wrong_person'],
  ['c est ma soeur, pas moi', 'wrong_person'],
  ['I am only the apprentice here', 'wrong_person'],
  ['vous cherchez sûrement l ancienne gérante', 'wrong_person'],
  ['on va passer notre tour cette fois', 'not_interested'],
  ['je ferme le salon en juin donc non', 'not_interested'],
  ['ça veut dire quoi au juste ?', 'question'],
  ['entre 9h et 11h jeudi', 'callback'],
  ['appelez l après-midi de préférence', 'callback'],
  ['rapelé moi', 'callback'],
  ['relancez-moi mardi prochain', 'later'],
  ['je pars en congé jusqu au 3, recontactez-moi après', 'later'],
  ['Réponse automatique : merci d appeler le standard', 'unclear'],
]);

phrasingsAddedFrom('tenth development set', [
  ['quit blowing up my phone', 'opt_out'],
  ['please stop bugging me', 'opt_out'],
  ['barrez-nous de vos listes', 'opt_out'],
  ['veuillez radier ce numéro de votre fichier', 'opt_out'],
  ['combien de fois je dois vous dire d arrêter ??', 'opt_out'],
  ['how many times do I have to tell you', 'opt_out'],
  ['oubliez que j existe svp', 'opt_out'],
  ['leave my number off your list', 'opt_out'],
  ['cease all future messages', 'opt_out'],
  ['nous refusons toute sollicitation commerciale', 'opt_out'],
  ['I withdraw my consent', 'opt_out'],
  ['je veux qu ils cessent', 'opt_out'],
  ['vous m achalez', 'opt_out'],
  ['fichez-moi patience', 'opt_out'],
  ['fout nous la paix', 'opt_out'],
  ['Stop ! pile au bon moment, envoyez-moi les tarifs', 'interested'],
  ['on a supprimé notre fiche Google, donc non', 'not_interested'],
  ['vous m avez convaincue', 'interested'],
  ['yes please', 'interested'],
  ['après 18h vous pouvez m appeler', 'callback'],
  ['rappel souhaité demain', 'callback'],
  ['pas d appel svp, mais envoyez les tarifs', 'interested'],
  ['ce numéro est désormais celui de son fils', 'wrong_person'],
]);

phrasingsAddedFrom('eleventh development set', [
  ['ok quit that', 'opt_out'],
  ['stop now or we report you', 'opt_out'],
  ['kindly wipe our contact details', 'opt_out'],
  ['get us out of your mailing list', 'opt_out'],
  ['pls never text again', 'opt_out'],
  ['no send sms', 'opt_out'],
  ['this phone belongs to another company now', 'wrong_person'],
  ['I am just staff here', 'wrong_person'],
  ['the cafe closed last spring', 'wrong_person'],
  ['we made our own website', 'not_interested'],
  ['hard pass', 'not_interested'],
  ['c est parti !', 'interested'],
  ['can we hop on a quick call?', 'callback'],
  ['recontactez-nous à la réouverture', 'later'],
  ['try again after the harvest', 'later'],
]);

phrasingsAddedFrom('twelfth development set', [
  ['je vous ai demandé qu on me retire', 'opt_out'],
  ['je vous écris pour vous dire d arrêter de m appeler', 'opt_out'],
  ['STOP 36180', 'opt_out'],
  ['Ça suffit !', 'opt_out'],
  ['bon ça suffit les relances', 'opt_out'],
  ['no more.', 'opt_out'],
  ['on a un agenda papier et ça nous suffit', 'not_interested'],
  ['ne m écrivez pas avant septembre', 'later'],
  ['don t text me until next year', 'later'],
  ['stop, petite question : il y a un engagement ?', 'question'],
  ['no more missed bookings? count me in', 'interested'],
  ['what is the unsubscribe cost if we leave?', 'question'],
  ['pas de sms, appelez-moi demain', 'callback'],
  ['ne m écrivez pas, appelez !', 'callback'],
  ['un appel c est plus pratique', 'callback'],
  ['try calling after lunch', 'callback'],
  ['je paierai jamais pour ça', 'not_interested'],
  ['count us out', 'not_interested'],
  ['we are very happy with our current provider', 'not_interested'],
  ['Mme Petit ne fait plus partie de la société', 'wrong_person'],
  ['personne de ce nom ici', 'wrong_person'],
  ['fin de mon stage, je transmets à qui de droit', 'wrong_person'],
  ['votre proposition me plaît bien', 'interested'],
  ['les clients reçoivent-ils un rappel la veille de leur rendez-vous ?', 'question'],
]);

phrasingsAddedFrom('thirteenth development set', [
  ['remove from mailing list', 'opt_out'],
  ['cette ligne ne doit plus jamais être démarchée', 'opt_out'],
  ['these numbers are not to be texted', 'opt_out'],
  ['on vous a déjà demandé d arrêter', 'opt_out'],
  ['merci de ne plus les utiliser pour vos promos', 'opt_out'],
  ['unsucribe', 'opt_out'],
  ['we blocked their number after a month of calls, how are you different?', 'question'],
  ['found your text in my spam folder, sounds good, send details', 'interested'],
  ['we unsubscribed from Planity last year, no thanks', 'not_interested'],
  ['we unsubscribe from everything, stop', 'opt_out'],
  ['Pass, thanks.', 'not_interested'],
  ['je ne donnerai pas suite', 'not_interested'],
  ['nice of you but no.', 'not_interested'],
  ['vous avez la mauvaise Sophie', 'wrong_person'],
  ['decisions are made by head office', 'wrong_person'],
  ['this phone used to belong to a florist', 'wrong_person'],
  ['janvier c est non-stop, après les fêtes svp', 'later'],
  ['give us a bell tomorrow', 'callback'],
  ['shut until May, get in touch then', 'later'],
]);

phrasingsAddedFrom('fourteenth development set', [
  ['je ne veux plus jamais entendre parler de cette agence', 'opt_out'],
  ['combien de sms encore ? ça devient pénible', 'opt_out'],
  ['bon, on arrête.', 'opt_out'],
  ['Réponse automatique : pour ne plus recevoir nos promos, répondez STOP au 36111.', 'unclear'],
  ['Thanks! We will get back to you soon. Reply STOP to opt out of our offers.', 'unclear'],
  ['Je suis en congé. Pour toute urgence, appelez le standard.', 'unclear'],
  ['STOP. Et ne répondez pas STOP au 36111, c est vous qui m écrivez', 'opt_out'],
  ['si on dit stop au bout de 3 mois, il y a des frais ?', 'question'],
  ['j ai cru à un spam mais ça m intéresse, envoyez votre offre', 'interested'],
  ['ok pour qu on m appelle demain', 'callback'],
  ['petit call mardi ?', 'callback'],
  ['allez, on essaie', 'interested'],
  ['nous fermons définitivement en mars', 'not_interested'],
  ['internet, très peu pour nous', 'not_interested'],
  ['message envoyé par erreur je crois', 'wrong_person'],
  ['elle est plus là depuis un an', 'wrong_person'],
]);

phrasingsAddedFrom('fifteenth development set', [
  ['nous vous notifions notre opposition à tout démarchage', 'opt_out'],
  ['je m y oppose formellement', 'opt_out'],
  ['n utilisez plus jamais ce numéro', 'opt_out'],
  ['c est la dernière fois que vous me relancez', 'opt_out'],
  ['please cancel my subscription to your texts', 'opt_out'],
  ['merci de le supprimer de vos listes, ce numéro', 'opt_out'],
  ['merci de ne plus m en envoyer', 'opt_out'],
  ['il m a dit de vous dire d arrêter de lui écrire', 'opt_out'],
  ['pas la peine de revenir vers nous', 'opt_out'],
  ['oui mais stop maintenant', 'opt_out'],
  ['supprimez cette fiche', 'opt_out'],
  ['si on veut se désinscrire un jour, c est simple ?', 'question'],
  ['je bloque déjà mes rendez-vous sur Planity, non merci', 'not_interested'],
  ['stop, pas de site pour nous, par contre envoyez les infos sur la réservation', 'interested'],
  ['lol no', 'not_interested'],
  ['on a testé, ça nous a rien rapporté', 'not_interested'],
  ['I sold the shop last year', 'wrong_person'],
  ['c est pour ma patronne ça', 'wrong_person'],
  ['connais pas', 'wrong_person'],
  ['un coup de fil serait mieux, lundi ?', 'callback'],
  ['not until the season is over', 'later'],
  ['vraiment intéressée !', 'interested'],
]);

phrasingsAddedFrom('sixteenth development set', [
  ['suppression de la liste svp', 'opt_out'],
  ['STOP ACME', 'opt_out'],
  ['bon ok, stop stp', 'opt_out'],
  ['that is the last message I want from you', 'opt_out'],
  ['ce sera mon dernier échange avec vous', 'opt_out'],
  ['respectez Bloctel', 'opt_out'],
  ['opposition à la prospection', 'opt_out'],
  ['vos sites sont conformes au RGPD ?', 'question'],
  ['stop, je conduis, rappelez à 18h', 'callback'],
  ['is there a setup fee', 'question'],
  ['vous perdez votre temps', 'not_interested'],
  ['ni maintenant ni jamais', 'not_interested'],
  ['try me at 4', 'callback'],
  ['il faut voir avec le patron', 'wrong_person'],
  ['j ai changé de métier', 'wrong_person'],
  ['je sui interesé', 'interested'],
]);

phrasingsAddedFrom('seventeenth development set', [
  ['ôtez-moi de votre fichier', 'opt_out'],
  ['effacez toutes les données que vous avez sur moi', 'opt_out'],
  ['je ne veux plus jamais de vos nouvelles', 'opt_out'],
  ['et ne me rappelez pas non plus', 'opt_out'],
  ['vous m oubliez, merci', 'opt_out'],
  ['inutile de m en envoyer d autres', 'opt_out'],
  ['aucune envie de recevoir vos pubs', 'opt_out'],
  ['email me after that', 'later'],
  ['not the right person, sorry', 'wrong_person'],
  ['our marketing is handled by headquarters', 'wrong_person'],
  ['connais pas cette société', 'wrong_person'],
  ['ce n est pas un restaurant ici', 'wrong_person'],
  ['banco !', 'interested'],
  ['on est déjà chez Doctolib', 'not_interested'],
]);

phrasingsAddedFrom('eighteenth and nineteenth development sets', [
  // Look-alikes: opt-out words about something else
  ['surtout ne me désinscrivez pas, je veux en savoir plus', 'interested'],
  ['no need to take me off the list, just call me next week', 'callback'],
  ["please don't unsubscribe me, I'm interested", 'interested'],
  ['si un jour on veut arrêter vos messages, on fait comment ? par curiosité', 'question'],
  ['How do I unsubscribe if we ever cancel the service? Just checking', 'question'],
  ['do you keep my number if I say no?', 'question'],
  ['vous suivez le taux de désinscriptions de nos newsletters ?', 'question'],
  ['nous ne faisons plus de prospection nous-mêmes, non merci', 'not_interested'],
  ["I can't afford it, full stop.", 'not_interested'],
  ['stop aux frais inutiles, pas intéressé', 'not_interested'],
  ['Stop ! ça m intéresse, envoyez le devis', 'interested'],
  // …while the real requests, however short, still count
  ['non. et ne revenez plus', 'opt_out'],
  ['me recontactez pas svp', 'opt_out'],
  ["no thanks, and please don't follow up", 'opt_out'],
  ['vous ne me retirez pas ?! je vous l ai demandé trois fois, retirez moi', 'opt_out'],
  ['stop aux relances', 'opt_out'],
  // Other intents
  ['bof, j en veux pas', 'not_interested'],
  ['même pas en rêve', 'not_interested'],
  ["sorry, it's not for us", 'not_interested'],
  ['on a déjà assez de commandes, merci', 'not_interested'],
  ['les réseaux sociaux on s en occupe en interne', 'not_interested'],
  ['le référencement j y crois plus', 'not_interested'],
  ['d accord pour essayer', 'interested'],
  ['plus de visibilité ? alors oui', 'interested'],
  ['je voudrais votre brochure', 'interested'],
  ['elle ne fait plus partie de cette agence', 'wrong_person'],
  ["c'est plus son portable depuis longtemps", 'wrong_person'],
  ["j'ai racheté le local, je n'ai plus rien à voir avec l'ancien garage", 'wrong_person'],
  ['Marc left last year, sorry', 'wrong_person'],
  ['On a quitté Facebook, non merci', 'not_interested'],
  ['recontactez-moi après les récoltes', 'later'],
  ['pas cette semaine, mais plus tard pourquoi pas', 'later'],
  ['allo ?', 'unclear'],
  // "plus" closing "en savoir plus" is more, not a negation
  ['je veux en savoir plus', 'interested'],
  ['oui, on veut en savoir plus !', 'interested'],
]);

phrasingsAddedFrom('twentieth and twenty-first development sets', [
  // Naming the RGPD, the CNIL, Bloctel or spam in a question asks about them…
  ['vous êtes bien conformes au RGPD ?', 'question'],
  ['Does the GDPR apply to a sole trader?', 'question'],
  ['la CNIL autorise ce genre de sms ?', 'question'],
  ['c est un spam ça ?', 'question'],
  ['mon numéro est en liste rouge, vous l avez trouvé où ?', 'question'],
  // …and in the lead's own trade or terms it is no request at all
  ['je suis consultant RGPD, votre offre m intéresse', 'interested'],
  ['on vend un filtre anti-spam, ça peut nous aider, oui', 'interested'],
  ['I thought this was spam but actually I am interested', 'interested'],
  // …while a demand or a threat, even as a question, is an opt-out
  ['RGPD : supprimez mon numéro', 'opt_out'],
  ['vous connaissez la CNIL ?', 'opt_out'],
  ['encore un sms et c est la CNIL', 'opt_out'],
  ['je vais vous signaler à la CNIL', 'opt_out'],
  ['Bloctel.', 'opt_out'],
  ['STOP au 36180', 'opt_out'],
  ['merci d arrêter.', 'opt_out'],
  ['stop et effacez tout ce qui me concerne', 'opt_out'],
  // Other intents
  ['ok go', 'interested'],
  ['franchement votre sms tombe à pic', 'interested'],
  ['pas envie, merci', 'not_interested'],
  ['on ne donne jamais suite au démarchage', 'not_interested'],
  ['jamais entendu parler de vous, vous faites quoi ?', 'question'],
  ['this number has been reassigned', 'wrong_person'],
  ['too early for us. Give it a few months', 'later'],
  ['Ce correspondant n est pas joignable, merci de renouveler votre appel', 'unclear'],
]);

phrasingsAddedFrom('twenty-second and twenty-third development sets', [
  // A negated call or contact is an opt-out, unless a time or another channel follows
  ["ne m'appelez pas", 'opt_out'],
  ['ne me téléphonez pas', 'opt_out'],
  ['ne m appelez pas le mercredi, plutôt jeudi 10h', 'callback'],
  ["don't call during opening hours, 6pm works", 'callback'],
  ['ne me contactez pas avant la rentrée', 'later'],
  ["don't email me until after the audit", 'later'],
  ['pas avant le Q3', 'later'],
  ['ne m appelez pas, envoyez moi plutôt un mail', 'interested'],
  ['merci de cesser l envoi de messages', 'opt_out'],
  ['never call or text this number', 'opt_out'],
  ["we don't want any more of these texts", 'opt_out'],
  ['arrêtez de me relancer aujourd hui, je suis débordé', 'unclear'],
  ['pas de sms le soir svp, plutôt le matin', 'callback'],
  ['I typed STOP by accident, please keep me posted', 'interested'],
  ['can our subscribers unsubscribe easily from the newsletters you would send?', 'question'],
  ['je ne veux pas de cette proposition', 'not_interested'],
  ['I never said stop, send the prices', 'interested'],
  // Dictated and plain replies
  ['vous travaillez dans le 64', 'question'],
  ['y a un engagement', 'question'],
  ['mon neveu s occupe deja de tout ca', 'not_interested'],
  ['je vais decliner votre offre', 'not_interested'],
  ['a mon age je change plus rien', 'not_interested'],
  ['we no longer need any marketing help', 'not_interested'],
  ['je suis que le livreur', 'wrong_person'],
  ['no Marc here', 'wrong_person'],
  ['ce n est pas mon garage je suis le voisin', 'wrong_person'],
  ['ne nous oubliez pas pour la démo', 'interested'],
  ['would love to hear more', 'interested'],
  ['March works for us', 'later'],
]);

phrasingsAddedFrom('twenty-fourth and twenty-fifth development sets', [
  ['quit hitting my phone', 'opt_out'],
  ['could you filter the spam comments on our blog?', 'question'],
  ['can we get out of the contract after a year?', 'question'],
  ['our members keep unsubscribing from the newsletter, can you help?', 'question'],
  ['on a déjà nos habitués, ça suffit', 'not_interested'],
  ['arrêtez, ça suffit', 'opt_out'],
  ['thanks but no', 'not_interested'],
  ['we only work by word of mouth', 'not_interested'],
  ["I don't do social media, sorry", 'not_interested'],
  ["don't want it, thanks", 'not_interested'],
  ['je gère ma page moi-même, merci', 'not_interested'],
  ['swing by friday if you like', 'callback'],
  ['can you ring at 3 tomorrow?', 'callback'],
  ['we are shut until September, try again then', 'later'],
  ['the previous owner sold up last year', 'wrong_person'],
  ["I'm just the receptionist", 'wrong_person'],
  ['head office deals with all of that', 'wrong_person'],
  ['je ne suis pas une entreprise', 'wrong_person'],
  ["ma femme s'occupe du salon, pas moi", 'wrong_person'],
  ['The shop is closed for the holidays, back on Monday.', 'unclear'],
  ['hello??', 'unclear'],
  ['je veux des infos', 'interested'],
]);

phrasingsAddedFrom('twenty-sixth and twenty-seventh development sets', [
  // Créole and regional French
  ['arrêt zot sms', 'opt_out'],
  ['mi vé pu zot messages', 'opt_out'],
  ['retiré nimewo mwen svp', 'opt_out'],
  ['an pa enterésé', 'not_interested'],
  ['kriyé mwen aprèmidi', 'callback'],
  ['otez mon natel de vos listes', 'opt_out'],
  ['pas intéressé pantoute', 'not_interested'],
  ['on dit quoi ?', 'unclear'],
  // Formal requests, refusals and redirections
  ['Je vous prie de mettre fin à ces sollicitations.', 'opt_out'],
  ['Please cease all promotional texts to this line.', 'opt_out'],
  ['Merci de supprimer la totalité des informations nous concernant.', 'opt_out'],
  ['Nous ne donnerons pas suite. Cordialement, Service Conformité RGPD', 'not_interested'],
  ['Pour vous désinscrire de notre infolettre, répondez STOP. Réponse automatique.', 'unclear'],
  ['Le gérant n utilise pas ce numéro, je suis la secrétaire.', 'wrong_person'],
  ['We have decided not to proceed. Regards', 'not_interested'],
  ['Nous ne sommes pas demandeurs, merci.', 'not_interested'],
  ['Votre SMS a été transféré à notre responsable marketing.', 'wrong_person'],
  ['Merci de vous adresser au siège.', 'wrong_person'],
  ['Mme Petit n est plus en poste.', 'wrong_person'],
  ['je n ai aucun pouvoir de décision ici', 'wrong_person'],
  ['Nous souhaitons recevoir votre proposition tarifaire.', 'interested'],
  ['relancez-moi début du mois prochain', 'later'],
  ['This is an automated message, we will reply within 48 hours.', 'unclear'],
  ['Comment avez-vous eu ce numéro ?', 'question'],
  ['jamais trop tard, je suis intéressé !', 'interested'],
]);

phrasingsAddedFrom('twenty-eighth and twenty-ninth development sets', [
  // Other senders' notifications and adverts, forwarded or misdirected: their STOP is an instruction
  ['Soldes chez Mode&Co : -30% ce week-end ! STOP SMS au 36111', 'unclear'],
  ['Votre colis est arrivé en point relais. Stop SMS : 36105', 'unclear'],
  ['Reply YES for the deal or STOP to opt out', 'unclear'],
  ['Rappel : votre RDV est confirmé demain 9h. Pour ne plus recevoir nos SMS, répondez STOP.', 'unclear'],
  ['Pour vous désabonner : monsite.fr/sms', 'unclear'],
  // …a lead's own STOP with a short code is still a STOP
  ['STOP SMS 36105', 'opt_out'],
  // Written to family, not to us
  ['arrête de m écrire en plein cours maman', 'unclear'],
  ['stop calling me at work honey', 'unclear'],
  ["arrêtez de m'écrire, je suis la maman de Léo et ce n'est pas mon commerce", 'opt_out'],
  ['Désolé, ce numéro ne peut pas recevoir de réponse. Réponse automatique.', 'unclear'],
  ['Nouveau message vocal : « rappelle-moi quand tu peux »', 'unclear'],
  ['stop msging me', 'opt_out'],
  // Refusals in the words of contact and stopping
  ['on ne contacte plus aucune agence', 'not_interested'],
  ['plus jamais de pub sur Facebook, ça ne rapporte rien', 'not_interested'],
  ['pas un euro pour ça', 'not_interested'],
  ["j'ai arrêté la publicité, non merci", 'not_interested'],
  ['la réponse sera toujours non', 'not_interested'],
  ['nous ne recevons plus de démarcheurs', 'not_interested'],
  ['je ne travaille plus avec des prestataires', 'not_interested'],
  ['je rappelle jamais les numéros inconnus', 'not_interested'],
  ['ça ne me dit rien du tout', 'not_interested'],
  ['dream on', 'not_interested'],
]);

phrasingsAddedFrom('thirtieth development set', [
  ['appelez mon portable après 18h', 'callback'],
  ['jeudi 9h30 ça vous convient ?', 'callback'],
  ['we get plenty of clients already, thanks', 'not_interested'],
]);

phrasingsAddedFrom('thirty-first development set (trades)', [
  // Removal of the business's details from lists, with the words in between
  ['merci de retirer le numéro du cabinet de vos listes', 'opt_out'],
  ['veuillez retirer les coordonnées du garage de vos fichiers clients', 'opt_out'],
  // What they have is enough; messages received are not
  ['on a les Pages Jaunes et le bouche à oreille, ça suffit', 'not_interested'],
  ["j'ai reçu 4 sms cette semaine, ça suffit", 'opt_out'],
  ['mois prochain svp', 'later'],
  ['trimestre prochain', 'later'],
  ['apel moi demain matin', 'callback'],
  ['pas dispo pour écrire, appelez', 'callback'],
  ['appeler sur mon portable svp', 'callback'],
  ['ma cousine gère le site merci', 'not_interested'],
  ['sans internet depuis 20 ans et tout roule', 'not_interested'],
  ["c'est pas notre genre", 'not_interested'],
  ['on peut prendre rendez-vous en ligne avec votre site ?', 'question'],
  ["l'installation se passe comment ?", 'question'],
  ["ça s'affiche bien sur smartphone ?", 'question'],
  ["the owner is my mom, she's back on Monday", 'wrong_person'],
  ['I just help out here on Saturdays', 'wrong_person'],
]);

phrasingsAddedFrom('thirty-second development set (mixed replies)', [
  ['non merci, et je demande que vous supprimiez mes données, enfin que vous les effaciez', 'opt_out'],
  ['vous avez mon numéro comment ? je veux que vous le retiriez', 'opt_out'],
  ['on ferme la boutique à 19h, passez un coup de fil avant', 'callback'],
  ['on ferme définitivement en juin, donc non', 'not_interested'],
  ["on a plus de chantiers que d'ouvriers, merci", 'not_interested'],
  ["d'accord pour l'appel, demain 9h", 'callback'],
  ['rapelez moi lundi', 'callback'],
  ['ok pour 15 minutes', 'callback'],
  ['appelez depuis un numéro visible jeudi 14h', 'callback'],
  ['vendredi 11h ?', 'callback'],
  ['notre enseigne gère la publicité au national', 'not_interested'],
  ['internet ça ne marche pas pour nous', 'not_interested'],
  ['on a signé avec une agence en janvier', 'not_interested'],
  ['pas cette année et probablement jamais', 'not_interested'],
  ["c'est pile ce dont j'ai besoin", 'interested'],
  ["la démo c'est avec qui ?", 'question'],
  ["faut-il payer quelque chose pour l'audit ?", 'question'],
  ['et si on a déjà un site, vous le refaites ?', 'question'],
  ["en basse saison pourquoi pas, là c'est la folie", 'later'],
]);

phrasingsAddedFrom('thirty-third development set (replies to follow-ups)', [
  ["c'est toujours non pour nous", 'not_interested'],
  ['je vous ai répondu non la semaine dernière', 'not_interested'],
  ['ma réponse reste la même, merci', 'not_interested'],
  ['toujours pas intéressée, bonne journée', 'not_interested'],
  ["au départ j'avais dit non mais finalement ça m'intéresse", 'interested'],
  ["on n'a aucun projet web", 'not_interested'],
  ['internet ne nous servirait à rien', 'not_interested'],
  ['merci mais je signerai pas', 'not_interested'],
  ['ok with me, send the details', 'interested'],
  ['le feu vert est validé, on peut avancer', 'interested'],
  ['je confirme notre intérêt pour la démo', 'interested'],
  ['laissez-moi 2 mois pour finir les travaux', 'later'],
  ['pas dispo avant la rentrée', 'later'],
  ["c'est lui le gérant, pas moi", 'wrong_person'],
  ["c'est à mon associé qu'il faut parler", 'wrong_person'],
]);

phrasingsAddedFrom('thirty-fourth development set (misdirected texts)', [
  ['Votre colis a bien été livré en point relais', 'unclear'],
  ['Votre mot de passe a été réinitialisé avec succès', 'unclear'],
  ['Un virement de 120 € a été reçu sur votre compte', 'unclear'],
  ['Rappel : votre rendez-vous chez le kiné lundi 10h. Répondez ANNULER pour annuler', 'unclear'],
  ['on en reparle cet été', 'later'],
  ['lâchez-moi avec vos textos', 'opt_out'],
  ["arrête de m'inonder de vidéos de chats 😂", 'unclear'],
  ['arrêtez de me spammer', 'opt_out'],
  ["après réflexion nous n'allons pas donner suite", 'not_interested'],
  ['je voudrais recevoir votre brochure', 'interested'],
  ['envoie moi ton catalogue je regarde', 'interested'],
]);

phrasingsAddedFrom('thirty-fifth development set (borders around questions)', [
  ['il y a déjà assez de pubs partout vous trouvez pas ? non merci', 'not_interested'],
  ["y a assez de démarchage, arrêtez de m'écrire", 'opt_out'],
  ["pourquoi on aurait besoin d'un site ?", 'not_interested'],
  ['à quoi bon, tout passe par le bouche à oreille', 'not_interested'],
  ["vous pensez vraiment qu'un boulanger a besoin de ça ?", 'not_interested'],
  ["qui a encore besoin d'une agence aujourd'hui ?", 'not_interested'],
  ["non, on a un contrat avec une agence jusqu'en 2027", 'not_interested'],
  ['nous sommes complets toute la saison, merci', 'not_interested'],
  ['génial, comment on cale la démo ?', 'interested'],
  ["j'attendais ce genre de proposition, envoyez les infos", 'interested'],
  ["d'accord pour la démo, mais par téléphone", 'callback'],
  ['vous pouvez me passer un petit appel demain ?', 'callback'],
  ['relancez-moi le mois prochain', 'later'],
  ["l'abonnement est mensuel ou annuel", 'question'],
  ["c'est le contact de mon ancienne entreprise", 'wrong_person'],
]);
