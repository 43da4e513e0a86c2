import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RopaRecord } from './index.js';
import { COLUMNS } from './strings.js';

/**
 * The record as an Excel workbook (exceljs): one sheet, a bold heading row
 * that stays in view, a row per processing, text wrapped in its cell. The
 * same record gives the same bytes: the document's dates are the record's
 * date, and the archive is packed again with every entry dated so (exceljs
 * stamps each entry with the time of writing).
 */
export async function recordToXlsx(record: RopaRecord): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `notice ${record.version}`;
  workbook.lastModifiedBy = `notice ${record.version}`;
  workbook.created = record.date;
  workbook.modified = record.date;
  workbook.title = `${record.strings.title}: ${record.controllerName}`;
  // A sheet's name is at most 31 characters and some characters are not allowed.
  const sheet = workbook.addWorksheet(record.strings.title.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((column) => ({
    header: record.strings.headings[column],
    key: column,
    width: column === 'file' ? 24 : column === 'register' ? 30 : 45,
  }));
  for (const processing of record.processings) {
    const row = sheet.addRow(Object.fromEntries(COLUMNS.map((column) => [column, processing.cells[column].text])));
    COLUMNS.forEach((column, index) => {
      if (processing.cells[column].missing) row.getCell(index + 1).font = { bold: true, color: { argb: 'FF8B0000' } };
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const written = await workbook.xlsx.writeBuffer();
  return repackWithDate(new Uint8Array(written as ArrayBuffer), record.date);
}

/** The same archive, its entries in the same order, each dated `date`. */
async function repackWithDate(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
