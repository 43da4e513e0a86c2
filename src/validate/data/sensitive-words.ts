// Words that the special-category and children rules (L32, L34) look for, in Finnish, Swedish and English.
//
// Where they come from: the special categories are those of GDPR Art. 9(1) in its Finnish, Swedish and
// English texts ("rotu tai etninen alkuperä, poliittiset mielipiteet, uskonnollinen tai filosofinen
// vakaumus, ammattiliiton jäsenyys, geneettiset tiedot, biometriset tiedot, terveystiedot, luonnollisen
// henkilön seksuaalinen käyttäytyminen ja suuntautuminen"; "ras eller etniskt ursprung, politiska åsikter,
// religiös eller filosofisk övertygelse, medlemskap i fackförening, genetiska uppgifter, biometriska
// uppgifter, uppgifter om hälsa, sexualliv eller sexuell läggning"), and the everyday words for the same
// data that notices use (diagnoosi, sairauspoissaolo, potilastiedot, ammattiliiton jäsenmaksu, fingeravtryck,
// sick leave). The child words follow GDPR Art. 8 and Tietosuojalaki 1050/2018 5 § ("alle 13-vuotias");
// the online-service words name the information-society services of Art. 8(1) (EU 2015/1535 Art. 1(1)(b)).
//
// How a term is written: lower case; `*` at the end lets the word go on (`diagnoosi*`: diagnoosit,
// diagnoosin), `*` at the start lets the word begin before it, for Finnish and Swedish compounds
// (`*terveys*`: työterveyshuolto, mielenterveys); without `*` the term must start or end a word there.
// A space or a hyphen stands for a space or a hyphen; `{age}` stands for an age in digits (13, 16).
// A term is matched only in a text of its own language: Swedish "en" (a) is Finnish "en" (not).

import type { Language } from '../../generated/notice-types.js';

/** The GDPR Art. 9(1) categories, as the schema's `special_category` names them. */
export type SpecialCategoryName =
  | 'racial_or_ethnic_origin'
  | 'political_opinions'
  | 'religious_beliefs'
  | 'trade_union_membership'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex_life_or_orientation';

export type WordList = Record<Language, readonly string[]>;

export const SPECIAL_CATEGORY_WORDS: Record<SpecialCategoryName, WordList> = {
  health: {
    fi: [
      '*terveys*', // terveystiedot, terveydentila via the next one, työterveyshuolto, mielenterveys
      '*terveyd*', // terveydentila, terveydenhuolto, terveyden
      '*terveytt*', // terveyttä koskevat tiedot
      'diagnoo*',
      '*sairau*', // sairaus, sairauden, sairauspoissaolo, pitkäaikaissairaus
      '*sairauk*', // sairauksien
      'potilas*',
      'potilaa*', // potilaan, potilaat
      'potilaid*',
      'lääkity*',
      '*lääkärintodistu*',
      'allergi*',
      '*allergi*', // ruoka-allergiat
      'vamma',
      'vammat',
      '*vammai*', // vammaisuus, vammaispalvelut
      'raskaus*',
      'raskaude*',
      'työkyvyttömyy*',
      'kuntoutu*',
      'hoitotie*',
      'rokotu*',
      'rokotus*',
    ],
    sv: [
      '*hälso*', // hälsouppgifter, hälsotillstånd, företagshälsovård
      '*hälsa',
      '*hälsan',
      'diagnos*',
      '*sjukdom*',
      '*sjukfrånvaro*',
      '*sjukskriv*',
      '*sjukledig*',
      'patient*',
      'medicinering*',
      'läkemedel*',
      '*läkarintyg*',
      'allergi*',
      '*allergi*',
      'funktionsnedsättning*',
      'funktionshind*',
      'graviditet*',
      'vaccination*',
    ],
    en: [
      'health*',
      'medical*',
      'diagnos*',
      'illness*',
      'disease*',
      'sick leave*',
      'sickness*',
      'patient',
      'patients',
      "patient's",
      'disabilit*',
      'allerg*',
      'medication*',
      'pregnan*',
      'vaccinat*',
    ],
  },
  racial_or_ethnic_origin: {
    fi: ['etninen*', 'etnis*', 'rotu', 'rodu*', 'rotuu*'],
    sv: ['etnisk*', 'ras', 'rasmässig*', 'rastillhörighet*'],
    en: ['ethnic*', 'racial*'],
  },
  political_opinions: {
    fi: ['poliittinen*', 'poliittis*', 'puoluekan*', '*puoluejäsen*', 'puolueen jäsen*'],
    sv: ['politisk*', 'partitillhörighet*', 'partimedlem*'],
    en: ['political*', 'party membership*', 'party affiliation*'],
  },
  religious_beliefs: {
    fi: [
      'uskonnolli*',
      'uskonto*',
      'uskonnon*',
      'uskontokun*',
      'vakaumu*', // uskonnollinen tai filosofinen vakaumus
      'elämänkatsomu*',
      'kirkon jäsen*',
      'seurakunnan jäsen*',
    ],
    sv: ['religi*', 'trosuppfattning*', 'trostillhörighet*', 'livsåskådning*', 'filosofisk övertygelse*'],
    en: ['religio*', 'philosophical belief*', 'church membership*'],
  },
  trade_union_membership: {
    fi: ['*ammattiliit*', '*ammattiyhdisty*', '*ammattijärjestö*', 'ay-jäsen*', 'ay-maksu*', 'ay-liit*'],
    sv: ['*fackförbund*', '*fackförening*', 'facklig*', '*fackmedlem*', 'fackavgift*'],
    en: ['trade union*', 'labour union*', 'labor union*', 'union membership*', 'union dues*', 'union fee*'],
  },
  genetic: {
    fi: ['geneetti*', 'geeni*', '*geenitie*', 'perimä', 'perimätie*', 'dna', 'dna-*'],
    sv: ['genetisk*', 'arvsmassa*', 'dna', 'dna-*'],
    en: ['genetic*', 'genome*', 'dna'],
  },
  biometric: {
    fi: ['biometri*', 'sormenjälk*', 'sormenjälj*', 'kasvojentunnistu*', 'kasvontunnistu*'],
    sv: ['biometri*', 'fingeravtryck*', 'ansiktsigenkänning*'],
    en: ['biometric*', 'fingerprint*', 'facial recognition*', 'face recognition*'],
  },
  sex_life_or_orientation: {
    fi: ['seksuaali*', 'sukupuolielämä*', 'sukupuolinen suuntautu*'],
    sv: ['sexuell*', 'sexualliv*', 'sexualitet*'],
    en: ['sexual*', 'sex life*'],
  },
};

/** Words that say children are among the people whose data is processed. */
export const CHILD_WORDS: WordList = {
  fi: [
    '*lapsi',
    '*lapse*', // lapset, lapsen, koululapset, päiväkotilapsesta
    '*lasten*',
    '*lapsia',
    '*lapsille',
    '*lapsilta',
    'alaikäi*',
    'oppilas',
    'oppilaa*', // oppilaat, oppilaan (not oppilaitos)
    'oppilaid*',
    'koululai*',
    'esikoululai*',
    'alle {age}-vuotia*',
    'alle {age} vuotia*',
  ],
  sv: ['barn*', '*barn', '*barnen', '*barnet', '*barns', 'minderårig*', 'elev', 'elever*', 'eleve*', 'under {age} år'],
  en: ['child*', 'minor', 'minors', 'pupil*', 'kids', 'under {age}', 'under the age of {age}'],
};

/** Words that make a purpose an online (information-society) service offered to people (GDPR 8(1)). */
export const ONLINE_SERVICE_WORDS: WordList = {
  fi: [
    '*verkkopalvelu*',
    '*verkkokaup*',
    '*verkkosivu*',
    '*sovellus*',
    '*sovellukse*',
    '*sovelluks*',
    'verkossa',
    'internet*',
    'online*',
    '*digipalvelu*',
    '*pelipalvelu*',
    'some-palvelu*',
    '*uutiskirje*', // a newsletter ordered online and sent by e-mail is a service at a distance, at the person's request
  ],
  sv: [
    '*webbtjänst*',
    '*nättjänst*',
    '*webbutik*',
    '*nätbutik*',
    '*webbplats*',
    'app',
    'appen',
    'appar*',
    '*applikation*',
    'internet*',
    'online*',
    '*nyhetsbrev*',
  ],
  en: [
    'online*',
    'app',
    'apps',
    'mobile application*',
    'website*',
    'web service*',
    'internet*',
    'e-commerce*',
    'newsletter*',
  ],
};

/** Words that deny what follows them in a sentence: "Emme käsittele terveystietoja." */
export const NEGATION_WORDS: WordList = {
  fi: ['ei', 'emme', 'eivät', 'eikä', 'en', 'et', 'ette'],
  sv: ['inte', 'ej', 'inga', 'ingen', 'inget', 'aldrig', 'varken'],
  en: ['not', 'no', 'never', 'neither', 'nor', 'without', "don't", 'don’t', "doesn't", 'doesn’t'],
};
