import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { xlsxSource } from '../../../../../../main/engine/connectors/xlsx/xlsx-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';
import { corruptDeflatedSheet, minimalWorkbookParts, oleFile, storedZip, writeBytes, writeWorkbook } from './build-workbooks';

afterEach(cleanTempDirs);

const sheetXml = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

async function validWorkbookBytes(dir: string): Promise<Buffer> {
  const file = join(dir, 'valid.xlsx');
  await writeWorkbook(file, (workbook) => {
    const sheet = workbook.addWorksheet('Data');
    for (let i = 0; i < 200; i++) sheet.addRow([i, `row ${i}`, i / 7]);
  });
  return readFileSync(file);
}

const cases: [string, (dir: string) => Promise<Buffer | string>, RegExp][] = [
  ['a text file renamed .xlsx', async () => 'id,name\n1,somebody\n', /not an Excel workbook \(\.xlsx\): the file is not a zip archive/],
  ['an empty file', async () => '', /the file is empty/],
  ['a zip that is not a workbook', async () => storedZip({ 'notes.txt': 'hello' }), /a zip archive without a workbook inside/],
  ['a password-protected workbook', async () => oleFile(true), /password-protected/],
  ['an old binary .xls', async () => oleFile(false), /old-format Excel file \(\.xls\)/],
  ['a truncated workbook', async (dir) => { const b = await validWorkbookBytes(dir); return b.subarray(0, Math.floor(b.length * 0.6)); }, /ends too early/],
  ['broken sheet XML', async () => storedZip(minimalWorkbookParts(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c'))), /the workbook is damaged/],
];

describe('xlsx source over a bad file', () => {
  for (const [name, bytes, message] of cases) {
    it(`reports ${name} as a UserError naming the file`, async () => {
      const dir = tempDir();
      writeBytes(join(dir, 'broken.xlsx'), await bytes(dir));
      const connection = xlsxSource.open({ path: 'broken.xlsx' }, { baseDir: dir });
      const report = await connection.test();
      expect(report.ok).toBe(false);
      expect(report.summary).toMatch(message);
      expect(report.problems[0]?.file).toBe('broken.xlsx');
      const error = await connection.discover().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).place.file).toBe('broken.xlsx');
      const reading = (async () => { for await (const batch of connection.read('Data')) expect(batch).toBeDefined(); })();
      await expect(reading).rejects.toBeInstanceOf(UserError);
    });
  }

  it('reports a missing file', async () => {
    const report = await xlsxSource.open({ path: 'gone.xlsx' }, { baseDir: tempDir() }).test();
    expect(report).toMatchObject({ ok: false, summary: 'file not found' });
  });

  it('reports corrupt compressed data instead of waiting forever, after streaming the rows before it', async () => {
    const dir = tempDir();
    writeBytes(join(dir, 'broken.xlsx'), storedZip(minimalWorkbookParts(corruptDeflatedSheet(5000))));
    const connection = xlsxSource.open({ path: 'broken.xlsx', header: false }, { baseDir: dir });
    let rows = 0;
    const reading = (async () => { for await (const batch of connection.read('Data', { batchSize: 100 })) rows += batch.length; })();
    await expect(reading).rejects.toThrow(/the workbook is damaged: its compressed data is corrupt/);
    expect(rows).toBeGreaterThanOrEqual(4000);
  });
});
