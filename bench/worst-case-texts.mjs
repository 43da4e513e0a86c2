// Texts that make a backtracking regular expression or a search per character as slow as it can
// be: long runs of what the rules' expressions repeat, and the phrases they look for, repeated
// or left one character short. Shared by test/worst-case.test.ts and bench/validate-worst-case.mjs.

/** Repeats `unit` to `size` characters. */
function run(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

// What the rules look for (src/validate/rules/, src/validate/data/), each cut short of a match.
const PHRASES = [
  'niin kauan kuin se on ',
  'kunnes peruste ',
  'lain mukaisen ',
  'så länge som det ',
  'as long as it is ',
  'henkilötietola',
  'henkilötun',
  '523/19',
  'sähköisen viestinnän ',
  'tietoyhteiskunta',
  'liikenne- ja ',
  'viestintäviras',
  'transport- och ',
  'Ratapihantie ',
  'Albertinkatu ',
  'PL ',
  'safe ',
  'privacy ',
  'TODO',
  'nimi (at) ',
  'firma (dot) ',
  '<a href ',
  '<!-',
];

/** Worst-case texts of about `size` characters, by what they are made of. */
export function worstCaseTexts(size) {
  return {
    'no spaces': run('a', size),
    'a run of @': run('@', size),
    'a run of (at)': run('(at)', size),
    'a run of dots': run('.', size),
    'spaced dots after an (at)': 'x (at) y' + run(' . ', size - 8),
    'a run of hyphens': run('-', size),
    'a run of digits': run('1', size),
    'TODO without a word boundary': run('TODO', size),
    'line breaks': 'x' + run('\n', size - 1),
    'a run of spaces between words': 'a' + run(' ', size - 2) + 'b',
    'spaces before @ and after': 'a' + run(' ', size / 2) + '@' + run(' ', size / 2 - 2) + '!',
    'a run of <': run('<', size),
    'an unclosed tag': '<a' + run(' x', size - 2),
    'an e-mail domain of dots': 'a@' + run('b.', size - 3) + ' ',
    'a web address with a space at the end': 'https://' + run('a', size - 9) + ' ',
    'an ISO period of digits': 'P' + run('1', size - 2) + 'X',
    'spaces after "liikenne- ja"': 'liikenne- ja' + run(' ', size - 28) + 'viestintävirasto',
    'the phrases the rules look for': run(PHRASES.join(''), size),
  };
}
