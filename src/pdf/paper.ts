/** The paper sizes a PDF can be printed on. */
export const PAPER_FORMATS = ['a4', 'letter'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];
