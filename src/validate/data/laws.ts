/**
 * Laws and authorities a notice may still cite after they were repealed or
 * renamed, with the day from which citing them is out of date and what
 * replaced them. Source: shared/reference/legal.md §1, §2.2, §4.10 (L17).
 */
export interface OutdatedName {
  name: string;
  /** First day the citation is out of date. */
  outdatedFrom: string;
  replacement: string;
  /** What happened to it, after its name in a message ("which ..."), where "out of date since" says too little. */
  why?: string;
  kind: 'law' | 'authority';
  /** The law of this profile: a notice checked under it cites the law rightly (HetiL under `hetil`). */
  lawOfProfile?: 'hetil';
  pattern: RegExp;
}

export const OUTDATED_NAMES: readonly OutdatedName[] = [
  {
    name: 'Henkilötietolaki 523/1999 (Personal Data Act)',
    outdatedFrom: '2018-05-25',
    replacement: 'the GDPR (EU) 2016/679 and Tietosuojalaki 1050/2018',
    why: 'which the GDPR displaced on 2018-05-25 and Tietosuojalaki 1050/2018 repealed on 2019-01-01',
    kind: 'law',
    lawOfProfile: 'hetil',
    // "henkilötietolaki", "henkilötietolain 8 §", "523/1999", "523/99"; not the generic "henkilötietolainsäädäntö".
    pattern:
      /henkilötietola(?:ki|in(?!säädä)|kia|issa)|\b523\/(?:19)?99\b|personuppgiftslagen \(523\/1999\)|Personal Data Act \(523\/1999\)/i,
  },
  {
    name: 'Sähköisen viestinnän tietosuojalaki 516/2004',
    outdatedFrom: '2015-01-01',
    replacement: 'Laki sähköisen viestinnän palveluista 917/2014',
    kind: 'law',
    pattern: /sähköisen viestinnän tietosuojala|\b516\/2004\b|lagen om dataskydd vid elektronisk kommunikation/i,
  },
  {
    name: 'Tietoyhteiskuntakaari 917/2014 (the name)',
    outdatedFrom: '2021-01-01',
    replacement: 'its current name, Laki sähköisen viestinnän palveluista 917/2014',
    kind: 'law',
    pattern: /tietoyhteiskuntakaar|informationssamhällsbalken|Information Society Code/i,
  },
  {
    name: 'Viestintävirasto (Finnish Communications Regulatory Authority)',
    outdatedFrom: '2019-01-01',
    replacement: 'Liikenne- ja viestintävirasto Traficom',
    kind: 'authority',
    // Not the successor, "Liikenne- ja viestintävirasto" / "Transport- och kommunikationsverket". The
    // name comes before the lookbehind, so that only where it stands is the text before it read
    // again (a lookbehind tried at every character would read back over each run of spaces).
    pattern:
      /\bviestintäviras(?<!liikenne-\s+ja\s+viestintäviras)|\bkommunikationsverket(?<!transport-\s+och\s+kommunikationsverket)|Finnish Communications Regulatory Authority|\bFICORA\b/i,
  },
];
