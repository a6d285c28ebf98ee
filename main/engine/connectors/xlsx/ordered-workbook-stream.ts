import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { ZipLayout, ZipRecord } from './zip-layout';

/**
 * The parts exceljs's streaming reader must have seen before a sheet. When a sheet comes
 * first, it parks the sheet's XML in a temp file (patient data on disk, outside the
 * project) and, with some orders, fails outright. Excel and exceljs itself both write
 * sheets before these parts.
 */
const LEADING_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** A stored zip entry, for a workbook without shared strings: exceljs only streams sheets once it has some. */
function storedRecord(name: string, text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

function sheetNumber(record: ZipRecord): number {
  return Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(record.name)?.[1] ?? Number.POSITIVE_INFINITY);
}

/**
 * The workbook's zip records replayed in the order exceljs streams best: the leading parts,
 * then the sheets by number, then the rest and the original central directory (which the
 * reader does not check against record positions). Each record is read from disk as it is
 * sent, so nothing is held in memory.
 */
export function orderedWorkbookStream(file: string, layout: ZipLayout): Readable {
  const leading = LEADING_PARTS.flatMap((name) => layout.records.filter((r) => r.name === name));
  const rest = layout.records.filter((r) => !LEADING_PARTS.includes(r.name)).sort((a, b) => sheetNumber(a) - sheetNumber(b));
  const needsSharedStrings = !layout.records.some((r) => r.name === SHARED_STRINGS);
  async function* bytes(): AsyncGenerator<Buffer> {
    for (const record of leading) yield* createReadStream(file, { start: record.start, end: record.end - 1 });
    if (needsSharedStrings) yield storedRecord(SHARED_STRINGS, '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');
    for (const record of rest) if (record.end > record.start) yield* createReadStream(file, { start: record.start, end: record.end - 1 });
    yield* createReadStream(file, { start: layout.directoryStart, end: layout.size - 1 });
  }
  return Readable.from(bytes(), { objectMode: false });
}
