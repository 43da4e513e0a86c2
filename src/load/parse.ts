import { Composer, CST, Lexer, Parser, type Document, type LineCounter } from 'yaml';

/** A YAML text read into documents, or stopped where its nesting became too deep. */
export interface ParsedYaml {
  docs: Document.Parsed[];
  /** Every explicit tag (`!!binary`, `!foo`, `!`), where it starts and as written. */
  tags: { offset: number; source: string }[];
  /** Where the nesting first went deeper than allowed; then nothing was composed. */
  tooDeepAt?: number;
}

/**
 * Parses YAML as `parseAllDocuments` does, but one token at a time, so that
 * nesting deeper than `maxNesting` stops the parse at the token that opened it.
 * yaml's parser and composer recurse once per level of nesting (100 000
 * brackets overflow the stack); stopped here, they never go deeper than this.
 * Keys are not checked for uniqueness here: yaml compares each key with every
 * earlier one (quadratic in a large mapping); structure.ts does it with a set.
 */
export function parseYaml(text: string, lineCounter: LineCounter, maxNesting: number): ParsedYaml {
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  const tags: ParsedYaml['tags'] = [];
  lineCounter.addNewLine(0); // as Parser.parse() does for the first line
  let scalarFollows = false;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    // The lexer marks a scalar with a token of its own; the text after it is the scalar's, not a tag.
    if (scalarFollows) scalarFollows = false;
    else {
      const type = CST.tokenType(lexeme);
      if (type === 'scalar') scalarFollows = true;
      else if (type === 'tag') tags.push({ offset, source: lexeme });
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds one entry per open collection (and the document, a scalar in progress).
    if (parser.stack.length > maxNesting) return { docs: [], tags, tooDeepAt: offset };
  }
  for (const token of parser.end()) tokens.push(token);
  // No tag is resolved (!!binary, !!set, !!timestamp would make bytes, sets, dates): each is refused by the caller.
  const composer = new Composer({ uniqueKeys: false, merge: false, resolveKnownTags: false, logLevel: 'silent' });
  return { docs: [...composer.compose(tokens)], tags };
}

/** Whether YAML text has an alias (`*name`), whose value is that of an anchor elsewhere in its document. */
export function hasAlias(text: string): boolean {
  if (!text.includes('*')) return false;
  for (const lexeme of new Lexer().lex(text)) if (CST.tokenType(lexeme) === 'alias') return true;
  return false;
}
