import type { Block, ImportDocument } from '../types.js';
import {
  blockHeading,
  headingNumber,
  headingShape,
  inlineHeading,
  normaliseHeading,
  sectionsOfHeading,
  type SectionField,
} from './headings.js';

// The document cut into sections at its headings; a section's content as pieces, and pieces gathered into text.

/** A piece of content: a block, or the part of one after a heading written on the same line or row. */
export interface Piece {
  block: number;
  text: string;
  kind: 'paragraph' | 'item';
  ordered?: boolean;
}

export interface Section {
  /** The fields the heading names; undefined for a heading the dictionary does not know (an extra section). */
  fields: SectionField[] | undefined;
  heading: string;
  headingBlock: number;
  pieces: Piece[];
}

/** Blocks before the first heading, and the sections. */
export interface Segmented {
  intro: Piece[];
  sections: Section[];
  numbered: boolean;
}

function pieceOf(block: Block, index: number, text = block.text): Piece {
  return {
    block: index,
    text: text.trim(),
    kind: block.kind === 'item' ? 'item' : 'paragraph',
    ...(block.ordered ? { ordered: true } : {}),
  };
}

/** Cuts the document at its headings. */
export function segment(document: ImportDocument): Segmented {
  const blocks = document.blocks;
  const numberedHeadings = blocks.filter((b) => {
    const first = b.kind === 'row' && b.cells && b.cells.length >= 2 ? b.cells[0]! : b.text.split('\n')[0]!;
    // A list item counts when it carries its number in its text ("1. Yleistä" in a text file read as a list).
    return headingNumber(first) !== undefined && headingShape(first) && sectionsOfHeading(first);
  }).length;
  const numbered = numberedHeadings >= 3;
  const intro: Piece[] = [];
  const sections: Section[] = [];
  let lastNumber = 0;
  const content = (piece: Piece): void => {
    if (piece.text === '') return;
    const section = sections.at(-1);
    if (section) section.pieces.push(piece);
    else intro.push(piece);
  };
  const accepts = (text: string, fields: SectionField[] | undefined, markup: boolean, item = false): boolean => {
    const number = headingNumber(text);
    if (!fields && !markup && numbered && number !== lastNumber + 1) return false;
    // A list item is a heading only where the numbering goes on (a heading lost in a PDF's text may be skipped).
    if (item && !markup && numbered && (number === undefined || number <= lastNumber || number > lastNumber + 2))
      return false;
    if (number !== undefined) lastNumber = number;
    return true;
  };
  let lastHeading = -2;
  const open = (fields: SectionField[] | undefined, heading: string, index: number): void => {
    lastHeading = index;
    sections.push({ fields, heading: heading.replace(/\s+/g, ' ').trim(), headingBlock: index, pieces: [] });
  };

  blocks.forEach((block, index) => {
    // A two-column table row: the label cell is the heading, the other the content.
    if (block.kind === 'row' && block.cells && block.cells.length === 2) {
      const [label, rest] = [block.cells[0]!.trim(), block.cells[1]!.trim()];
      const fields = sectionsOfHeading(label);
      const shape = headingShape(label);
      if (shape && (fields || (numbered && shape.numbered)) && accepts(label, fields, false)) {
        open(fields, label, index);
        content(pieceOf(block, index, rest));
        return;
      }
    }
    const previous = blocks[index - 1];
    const context = {
      afterSentence:
        !previous ||
        previous.kind !== 'paragraph' ||
        /[.:!?)]\s*$/.test(previous.text) ||
        previous.text.trim().length < 70 ||
        lastHeading === index - 1,
      beforeContinuation: blocks[index + 1]?.kind === 'paragraph' && /^\s*\p{Ll}/u.test(blocks[index + 1]!.text),
    };
    const heading = blockHeading(block, numbered, context);
    const current = sections.at(-1);
    if (heading && current && subHeading(block, heading, current, blocks[current.headingBlock]!)) {
      content(pieceOf(block, index));
      return;
    }
    // A heading the dictionary does not know, before any section and unnumbered, is the document's own: its
    // title ("Tietosuojaseloste", "Sekretessmeddelande för Visma EasyCruit"), kept in the opening.
    if (heading && !heading.fields && sections.length === 0 && headingNumber(heading.text) === undefined) {
      content(pieceOf(block, index));
      return;
    }
    if (heading && accepts(heading.text, heading.fields, block.kind === 'heading', block.kind === 'item')) {
      open(heading.fields, heading.text, index);
      return;
    }
    // A heading line with its content below it in the same block.
    if (block.kind === 'paragraph' && block.text.includes('\n')) {
      const [first, ...rest] = block.text.split('\n');
      const line = { ...block, text: first! };
      const head = blockHeading(line, numbered);
      if (head && head.fields && accepts(head.text, head.fields, false)) {
        open(head.fields, head.text, index);
        content(pieceOf(block, index, rest.join('\n')));
        return;
      }
    }
    // "Rekisterinpitäjä: Maija-Leena Lehtimäki".
    if (block.kind === 'paragraph' && !numbered) {
      const inline = inlineHeading(block.text);
      if (inline) {
        open(inline.fields, inline.label, index);
        content(pieceOf(block, index, inline.rest));
        return;
      }
    }
    content(pieceOf(block, index));
  });
  return { intro, sections, numbered };
}

/**
 * A heading that belongs inside the section before it: a titled right under the rights heading ("Oikeus saada
 * pääsy tietoihin", "Oikeus tehdä valitus valvontaviranomaiselle"), or a heading the dictionary does not know whose
 * markup puts it below the section's heading (a `###` under a `##`).
 */
function subHeading(
  block: Block,
  heading: { fields: SectionField[] | undefined; text: string },
  current: Section,
  currentBlock: Block,
): boolean {
  if (headingNumber(heading.text) !== undefined) return false;
  if (
    current.fields?.includes('rights') &&
    /^(oikeus|rätt(en)? (att|till)|right to|the right to)\b/.test(normaliseHeading(heading.text))
  )
    return true;
  return (
    !heading.fields &&
    block.kind === 'heading' &&
    currentBlock.kind === 'heading' &&
    block.level !== undefined &&
    currentBlock.level !== undefined &&
    block.level > currentBlock.level
  );
}

/** Text gathered from pieces: paragraphs apart by a blank line, list items as a Markdown list. */
export class TextBuilder {
  private parts: string[] = [];
  private lastItem = false;
  add(piece: Piece): void {
    if (piece.kind === 'item') {
      const marker = piece.ordered ? '1. ' : '- ';
      const line = marker + piece.text.replace(/\n+/g, ' ');
      if (this.lastItem) this.parts[this.parts.length - 1] += `\n${line}`;
      else this.parts.push(line);
      this.lastItem = true;
    } else {
      this.parts.push(piece.text);
      this.lastItem = false;
    }
  }
  get empty(): boolean {
    return this.parts.length === 0;
  }
  text(): string {
    return this.parts.join('\n\n');
  }
}
