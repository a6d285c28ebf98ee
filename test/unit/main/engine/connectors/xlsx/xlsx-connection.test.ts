import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { xlsxSource } from '../../../../../../main/engine/connectors/xlsx/xlsx-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';
import { minimalWorkbookParts, storedZip, writeBytes, writeStreamedWorkbook, writeWorkbook } from './build-workbooks';

afterEach(cleanTempDirs);

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** A workbook of several sheets with dates, formulas, rich text, blanks and merged cells. */
function buildPatients(workbook: ExcelJS.Workbook): void {
  const patients = workbook.addWorksheet('Patients');
  patients.addRow(['pas_id', 'name', 'birth_date', 'admitted', 'weight', 'double_weight', 'label', 'active', 'planned']);
  patients.addRow(['P1', 'Ann', utc(1960, 4, 3), utc(2024, 3, 1, 10, 30), 71.5, { formula: 'E2*2', result: 143 }, { formula: 'A2&"-x"', result: 'P1-x' }, true, { formula: 'C2+1', result: 21644 }]);
  patients.addRow(['P2', { richText: [{ text: 'Bo' }, { font: { bold: true }, text: 'b' }] }, null, null, null, { formula: 'E3*2' }, null, false, null]);
  patients.addRow(['P3', 'Cy', utc(1975, 12, 31), utc(2024, 3, 2), 80, { formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#N/A' }, null, null]);
  patients.getCell('I2').numFmt = 'yyyy-mm-dd';
  patients.getCell('A5').value = 'P4';
  patients.getCell('B5').value = 'merged name';
  patients.mergeCells('B5:D5');
  workbook.addWorksheet('Empty');
  workbook.addWorksheet('HeaderOnly').addRow(['code', 'label']);
  const times = workbook.addWorksheet('Times');
  times.addRow(['clinic', 'starts']);
  times.addRow(['C1', new Date(Date.UTC(1899, 11, 30, 14, 5))]);
  times.getCell('B2').numFmt = 'hh:mm';
  times.addRow(['C2', { text: 'link text', hyperlink: 'https://example.org' }]);
  const codes = workbook.addWorksheet('Codes');
  codes.addRow(['code', 'label']);
  codes.addRow(['A', 'alpha']);
  codes.addRow([]);
  codes.addRow(['B', 'beta']);
}

async function workbookDir(): Promise<string> {
  const dir = tempDir();
  await writeWorkbook(join(dir, 'legacy.xlsx'), buildPatients);
  return dir;
}

const open = (dir: string, header?: boolean, path = 'legacy.xlsx') => xlsxSource.open(header === undefined ? { path } : { path, header }, { baseDir: dir });

async function readAll(dir: string, table: string, header?: boolean, batchSize?: number): Promise<SourceRecord[][]> {
  const batches: SourceRecord[][] = [];
  for await (const batch of open(dir, header).read(table, { batchSize })) batches.push(batch);
  return batches;
}

describe('xlsx source', () => {
  it('discovers one table per sheet in tab order, with columns, value kinds and row counts', async () => {
    const dir = await workbookDir();
    const tables = await open(dir).discover();
    expect(tables.map((t) => [t.name, t.kind, t.rowEstimate, t.columns.length])).toEqual([
      ['Patients', 'sheet', 4, 9],
      ['Empty', 'sheet', 0, 0],
      ['HeaderOnly', 'sheet', 0, 2],
      ['Times', 'sheet', 2, 2],
      ['Codes', 'sheet', 2, 2],
    ]);
    expect(tables[0]?.columns.slice(0, 6)).toEqual([
      { name: 'pas_id', declaredType: 'string' },
      { name: 'name', declaredType: 'string' },
      { name: 'birth_date', declaredType: 'date' },
      { name: 'admitted', declaredType: 'datetime' },
      { name: 'weight', declaredType: 'number' },
      { name: 'double_weight', declaredType: 'number' },
    ]);
    expect(tables[2]?.columns).toEqual([{ name: 'code' }, { name: 'label' }]);
    expect(await open(dir).test()).toMatchObject({ ok: true, summary: '5 sheets, 8 rows', detected: { sheets: 5, rows: 8 } });
  });

  it('reads dates as ISO text, formulas as their cached result, rich text as plain text, blanks as null', async () => {
    const dir = await workbookDir();
    const [rows] = await readAll(dir, 'Patients');
    expect(rows?.map((r) => r.values)).toEqual([
      { pas_id: 'P1', name: 'Ann', birth_date: '1960-04-03', admitted: '2024-03-01T10:30:00', weight: 71.5, double_weight: 143, label: 'P1-x', active: true, planned: '1959-04-04' },
      { pas_id: 'P2', name: 'Bob', birth_date: null, admitted: null, weight: null, double_weight: null, label: null, active: false, planned: null },
      { pas_id: 'P3', name: 'Cy', birth_date: '1975-12-31', admitted: '2024-03-02', weight: 80, double_weight: null, label: '#N/A', active: null, planned: null },
      { pas_id: 'P4', name: 'merged name', birth_date: null, admitted: null, weight: null, double_weight: null, label: null, active: null, planned: null },
    ]);
    expect(rows?.map((r) => r.locator)).toEqual([2, 3, 4, 5].map((line) => ({ file: 'legacy.xlsx', line, segment: 'Patients' })));
  });

  it('reads a time of day alone as a time, and a hyperlink as its text', async () => {
    const dir = await workbookDir();
    const [rows] = await readAll(dir, 'Times');
    expect(rows?.map((r) => r.values)).toEqual([{ clinic: 'C1', starts: '14:05:00' }, { clinic: 'C2', starts: 'link text' }]);
  });

  it('skips empty rows but keeps each record on its Excel row', async () => {
    const dir = await workbookDir();
    const [rows] = await readAll(dir, 'Codes');
    expect(rows?.map((r) => [r.locator.line, r.values.code])).toEqual([[2, 'A'], [4, 'B']]);
    expect(await readAll(dir, 'HeaderOnly')).toEqual([]);
    expect(await readAll(dir, 'Empty')).toEqual([]);
  });

  it('names columns by letter without a header row', async () => {
    const dir = await workbookDir();
    const [rows] = await readAll(dir, 'Codes', false);
    expect(rows?.map((r) => r.values)).toEqual([{ A: 'code', B: 'label' }, { A: 'A', B: 'alpha' }, { A: 'B', B: 'beta' }]);
    expect((await open(dir, false).discover())[4]?.columns.map((c) => c.name)).toEqual(['A', 'B']);
  });

  it('names blank and repeated header cells, and reports values beyond the header on their row', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'legacy.xlsx'), (workbook) => {
      const sheet = workbook.addWorksheet('Odd');
      sheet.addRow(['id', null, 'id']);
      sheet.addRow([1, 2, 3, 'stray']);
    });
    const [rows] = await readAll(dir, 'Odd');
    expect(rows?.[0]?.values).toEqual({ id: 1, column_B: 2, id_2: 3 });
    expect(rows?.[0]?.problem).toBe("values in column D, beyond the header's 3 columns");
    const report = await open(dir).test();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ file: 'legacy.xlsx', segment: 'Odd', line: 2, text: '1 row of sheet "Odd" has values beyond its header\'s columns' }]);
  });

  it('previews the first rows and reports an unknown sheet as a UserError', async () => {
    const dir = await workbookDir();
    expect((await open(dir).preview('Patients', 2)).map((r) => r.values.pas_id)).toEqual(['P1', 'P2']);
    await expect(readAll(dir, 'Nope')).rejects.toThrow(UserError);
  });

  it('reads a workbook from the streaming writer (shared strings after the sheets)', async () => {
    const dir = tempDir();
    await writeStreamedWorkbook(join(dir, 'legacy.xlsx'), {
      First: (sheet) => {
        sheet.addRow(['id', 'when']).commit();
        sheet.addRow([1, utc(2024, 1, 2)]).commit();
      },
      Second: (sheet) => sheet.addRow(['only']).commit(),
    });
    expect((await open(dir).discover()).map((t) => [t.name, t.rowEstimate])).toEqual([['First', 1], ['Second', 0]]);
    expect((await readAll(dir, 'First'))[0]?.[0]?.values).toEqual({ id: 1, when: '2024-01-02' });
  });

  it('finds sheet names behind absolute relationship targets, as openpyxl writes them', async () => {
    const dir = tempDir();
    const sheet = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>';
    writeBytes(join(dir, 'legacy.xlsx'), storedZip(minimalWorkbookParts(sheet, '/xl/worksheets/sheet1.xml')));
    expect((await readAll(dir, 'Data'))[0]?.[0]).toEqual({ locator: { file: 'legacy.xlsx', line: 2, segment: 'Data' }, values: { id: 7 } });
  });
});
