// A leaf shared by the renderer (which names purposes where other sections refer to them) and the
// validator (which notes a purpose whose name would be cut short).

/** A purpose's description counts as its name when it is at most this long. */
export const NAME_LENGTH = 80;

/**
 * The name of a purpose that has no `name`: its description when that is short
 * (its first paragraph, on one line, at most NAME_LENGTH characters), else its
 * first sentence when that is short, else what comes before a colon ("Laskutus:
 * ...") when that is short, else its opening words up to NAME_LENGTH
 * characters, marked as cut with "…". A final full stop is left out.
 */
export function nameFromDescription(description: string): string {
  // A blank line ends the first paragraph; `[^\S\n]*` keeps the search linear on long runs of spaces.
  const text = description.trim();
  const blank = /\n[^\S\n]*\n/.exec(text);
  const paragraph = (blank ? text.slice(0, blank.index) : text).replace(/\s+/g, ' ');
  const bare = (s: string) => s.replace(/(?<!\.)\.$/, '');
  if (paragraph.length <= NAME_LENGTH) return bare(paragraph);
  const sentence = /^(.+?[.!?])(?=\s)/.exec(paragraph)?.[1];
  if (sentence !== undefined && sentence.length <= NAME_LENGTH) return bare(sentence);
  const lead = /^([^:]{3,}?):\s/.exec(paragraph)?.[1];
  if (lead !== undefined && lead.length <= NAME_LENGTH) return lead;
  const cut = paragraph.slice(0, NAME_LENGTH);
  // Cut between words: at the last space, unless the cut already ends a word.
  const space = /\s/.test(paragraph[NAME_LENGTH] ?? '') ? NAME_LENGTH : cut.lastIndexOf(' ');
  return `${(space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** True when a purpose's description, used as its name, would be cut short (marked with "…"). */
export function nameIsCut(description: string): boolean {
  return nameFromDescription(description).endsWith('…');
}
