import type { Language } from '../generated/notice-types.js';

/** Texts `notice init` writes into a new notice itself, beside the starter of the kind. */
export interface InitTexts {
  name: string;
  street: string;
  city: string;
  /** How to make a request, when an e-mail address is known; {email} is filled in. */
  howTo: string;
  howToUnknown: string;
  transferRecipient: string;
  transferDescription: string;
  transferCopy: string;
}

export const INIT_TEXTS: Record<Language, InitTexts> = {
  fi: {
    name: 'TODO: organisaation nimi',
    street: 'TODO: katuosoite',
    city: 'TODO: postitoimipaikka',
    howTo:
      'Lähetä pyyntösi sähköpostilla osoitteeseen {email}. Voimme pyytää sinua vahvistamaan henkilöllisyytesi ennen kuin vastaamme.',
    howToUnknown: 'TODO: kerro, mihin osoitteeseen pyynnöt lähetetään ja miten varmistatte pyytäjän henkilöllisyyden',
    transferRecipient: 'TODO: kuka tiedot vastaanottaa',
    transferDescription:
      'TODO: mitä tietoja siirretään ja miksi; tarkista myös maa (country) ja siirtoperuste (mechanism)',
    transferCopy: 'TODO: miten suojatoimista saa kopion (esimerkiksi pyytämällä sähköpostilla)',
  },
  sv: {
    name: 'TODO: organisationens namn',
    street: 'TODO: gatuadress',
    city: 'TODO: postanstalt',
    howTo: 'Skicka din begäran per e-post till {email}. Vi kan be dig bekräfta din identitet innan vi svarar.',
    howToUnknown: 'TODO: berätta vart begäranden skickas och hur ni kontrollerar den sökandes identitet',
    transferRecipient: 'TODO: vem som tar emot uppgifterna',
    transferDescription:
      'TODO: vilka uppgifter som överförs och varför; kontrollera också landet (country) och överföringsgrunden (mechanism)',
    transferCopy: 'TODO: hur man får en kopia av skyddsåtgärderna (till exempel genom att begära den per e-post)',
  },
  en: {
    name: 'TODO: name of the organisation',
    street: 'TODO: street address',
    city: 'TODO: city',
    howTo: 'Send your request by e-mail to {email}. We may ask you to confirm your identity before we answer.',
    howToUnknown: 'TODO: say where requests are sent and how you check who is asking',
    transferRecipient: 'TODO: who receives the data',
    transferDescription: 'TODO: what is transferred and why; check the country and the mechanism too',
    transferCopy: 'TODO: how to get a copy of the safeguards (for example by asking by e-mail)',
  },
};
