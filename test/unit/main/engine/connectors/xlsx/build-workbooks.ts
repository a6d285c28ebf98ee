import { writeFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** Writes a workbook built in memory with exceljs's writer. */
export async function writeWorkbook(file: string, build: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file);
}

/** Writes a workbook with exceljs's streaming writer (another zip layout: shared strings after the sheets, rows committed as they go). */
export async function writeStreamedWorkbook(file: string, sheets: Record<string, (sheet: ExcelJS.Worksheet) => void>): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const [name, fill] of Object.entries(sheets)) {
    const sheet = writer.addWorksheet(name);
    fill(sheet);
    sheet.commit();
  }
  await writer.commit();
}

/**
 * A zip archive built byte by byte, to make broken or foreign "workbooks": text entries are
 * stored, Buffer entries are taken as raw deflate data (which may be damaged on purpose).
 */
export function storedZip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const deflated = Buffer.isBuffer(content);
    const data = deflated ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflated ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflated ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Sheet XML compressed as in a real workbook, but cut after `rows` rows by a deflate block that cannot be decoded. */
export function corruptDeflatedSheet(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  return Buffer.concat([deflateRawSync(head + body, { finishFlush: constants.Z_FULL_FLUSH }), Buffer.alloc(64, 0xff)]);
}

/** The minimal parts of a one-sheet workbook, with the sheet XML given. */
export function minimalWorkbookParts(sheetXml: string | Buffer, relTarget = 'worksheets/sheet1.xml'): Record<string, string | Buffer> {
  const ns = 'http://schemas.openxmlformats.org';
  return {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types"/>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="${relTarget}"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
  };
}

/** A file that looks like an OLE compound document (how Office stores encrypted workbooks and old .xls files). */
export function oleFile(encrypted: boolean): Buffer {
  const bytes = Buffer.alloc(4096, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from(encrypted ? 'EncryptionInfo\0EncryptedPackage' : 'Workbook\0SummaryInformation', 'utf16le').copy(bytes, 1024);
  return bytes;
}

/** Writes bytes to a file (a helper so tests read as a list of cases). */
export function writeBytes(file: string, bytes: Buffer | string): void {
  writeFileSync(file, bytes);
}
