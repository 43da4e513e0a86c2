/** The files `notice ropa` writes per controller: a spreadsheet as CSV and as XLSX, and a page to read. */
export const ROPA_FORMATS = ['csv', 'xlsx', 'html'] as const;
export type RopaFormat = (typeof ROPA_FORMATS)[number];
