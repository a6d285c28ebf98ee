import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { isUserError, UserError } from '../../errors';
import type { CellValue } from '../connector';
import { toCellValue } from './cell-value';
import { checkWorkbookFile } from './check-workbook-file';
import { orderedWorkbookStream } from './ordered-workbook-stream';
import { type StreamFailure, watchStreamFailure } from './stream-failure';
import { readZipLayout } from './zip-layout';

/** One row of a sheet: its Excel row number and its non-empty cells by column number (1 = A). */
export interface SheetRow {
  number: number;
  cells: Map<number, CellValue>;
}

/** A sheet met while streaming a workbook; `rows()` can be iterated once, or not at all. */
export interface SheetStream {
  name: string;
  /** Position in the workbook's sheet list (tabs order), which may differ from the order met. */
  index: number;
  rows(): AsyncGenerator<SheetRow>;
}

/** The parts of exceljs's streaming reader used here, which its type declarations leave out. */
interface ExcelCell {
  value: unknown;
  numFmt?: string;
}
interface ExcelRow {
  number: number;
  eachCell(options: { includeEmpty: boolean }, visit: (cell: ExcelCell, column: number) => void): void;
}
interface WorksheetHandle extends AsyncIterable<ExcelRow> {
  /** The sheet's name, or `Sheet<n>` when exceljs could not match it in the workbook (then `id` is still the file number, a string). */
  name: string;
  id: number | string;
  /** A temp-file stream when exceljs parked the sheet on disk (shared strings came later in the zip). */
  iterator: { destroy?: () => void };
}
interface WorkbookHandle {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
}

/** Describes a failure of the zip or XML reader without repeating its text, which may quote cell contents. */
function workbookError(error: unknown, label: string): Error {
  if (isUserError(error)) return error;
  const message = error instanceof Error ? error.message : '';
  if (message === 'FILE_ENDED') return new UserError('the workbook is damaged: the file ends too early (truncated?)', { file: label });
  if ((error as { code?: unknown }).code === 'Z_DATA_ERROR') return new UserError('the workbook is damaged: its compressed data is corrupt', { file: label });
  if (message.startsWith('invalid signature')) return new UserError('the workbook is damaged: not a valid zip archive', { file: label });
  return new UserError('the workbook is damaged: its contents cannot be read', { file: label });
}

/**
 * Finds a sheet's tab name when exceljs's own lookup missed it: some writers (openpyxl,
 * for one) give absolute targets like `/xl/worksheets/sheet1.xml` in the workbook rels.
 */
function sheetIdentity(workbook: WorkbookHandle, sheet: WorksheetHandle): { name: string; index: number } {
  const sheets = workbook.model?.sheets ?? [];
  if (typeof sheet.id === 'string') {
    const rel = workbook.workbookRels?.find((r) => r.Target.endsWith(`worksheets/sheet${sheet.id}.xml`));
    const match = rel && sheets.find((s) => s.rId === rel.Id);
    if (match) return { name: match.name, index: sheets.indexOf(match) };
  }
  const index = sheets.findIndex((s) => s.name === sheet.name);
  return { name: sheet.name, index: index >= 0 ? index : sheets.length };
}

async function* sheetRows(sheet: WorksheetHandle, label: string, date1904: boolean, failure: StreamFailure): AsyncGenerator<SheetRow> {
  const rows = sheet[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<ExcelRow>;
      try {
        next = await failure.guard(rows.next());
      } catch (error) {
        throw workbookError(error, label);
      }
      if (next.done) return;
      const cells = new Map<number, CellValue>();
      next.value.eachCell({ includeEmpty: false }, (cell, column) => {
        const value = toCellValue(cell.value, cell.numFmt, date1904);
        if (value !== null && value !== '') cells.set(column, value);
      });
      yield { number: next.value.number, cells };
    }
  } finally {
    // Not awaited: after a failure the iterator is stuck mid-step and would never return.
    rows.return?.().catch(() => undefined);
  }
}

/**
 * Streams a workbook sheet by sheet with exceljs's `WorkbookReader`, so memory stays flat
 * however many rows there are (only the shared-string table is held). The zip's records
 * are replayed in the order that reader needs (see `orderedWorkbookStream`), so sheets are
 * parsed straight from the file and never parked in temp files. Stop whenever you like:
 * the file is closed.
 */
export async function* streamWorkbook(file: string, label: string): AsyncGenerator<SheetStream> {
  checkWorkbookFile(file, label);
  const layout = readZipLayout(file, label);
  if (layout && !layout.records.some((r) => r.name === 'xl/workbook.xml')) {
    throw new UserError('not an Excel workbook: a zip archive without a workbook inside', { file: label });
  }
  const input = layout ? orderedWorkbookStream(file, layout) : createReadStream(file);
  const failure = watchStreamFailure(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats are what tell a date from a number
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const workbook = reader as unknown as WorkbookHandle;
  const sheets = reader[Symbol.asyncIterator]() as unknown as AsyncGenerator<WorksheetHandle>;
  let current: WorksheetHandle | undefined;
  let finished = false;
  let met = 0;
  try {
    for (;;) {
      const next = await failure.guard(sheets.next()).catch((error: unknown) => Promise.reject(workbookError(error, label)));
      if (next.done) break;
      const sheet = (current = next.value);
      met++;
      const date1904 = workbook.properties?.model?.date1904 ?? false;
      yield { ...sheetIdentity(workbook, sheet), rows: () => sheetRows(sheet, label, date1904, failure) };
      sheet.iterator.destroy?.();
    }
    if (!workbook.model) throw new UserError('not an Excel workbook: a zip archive without a workbook inside', { file: label });
    if (met === 0) throw new UserError('the workbook has no worksheets', { file: label });
    finished = true;
  } finally {
    current?.iterator.destroy?.();
    // Stopped early: in replay order nothing is on disk and exceljs can simply be closed;
    // read front to back (ZIP64) it may have parked sheets in temp files, which it deletes
    // only when run to its end. After a failure it is stuck and is left to the collector.
    if (!finished && !failure.failed()) {
      if (layout) await sheets.return(undefined).catch(() => undefined);
      else await skipRest(sheets, failure);
    }
    input.destroy();
  }
}

/** Runs exceljs to its end without parsing the remaining sheets, so its temp files are removed. */
async function skipRest(sheets: AsyncIterator<WorksheetHandle>, failure: StreamFailure): Promise<void> {
  const step = () => failure.guard(sheets.next());
  try {
    for (let next = await step(); !next.done; next = await step()) next.value.iterator.destroy?.();
  } catch {
    // The workbook is being abandoned already; a second fault changes nothing.
  }
}
