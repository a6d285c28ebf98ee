import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { csvFolder, openCsv, readAll } from './csv-helpers';

afterEach(cleanTempDirs);

const TEXT = 'id,name,price\r\n1,Café Rouge,£4.50\r\n2,Zoë Brontë,£12\r\n';
const EXPECTED = [
  { id: '1', name: 'Café Rouge', price: '£4.50' },
  { id: '2', name: 'Zoë Brontë', price: '£12' },
];

const bom = (...bytes: number[]) => Buffer.from(bytes);
const FILES: [string, Buffer, string][] = [
  ['utf-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
  ['utf-8 with BOM', Buffer.concat([bom(0xef, 0xbb, 0xbf), Buffer.from(TEXT, 'utf8')]), 'UTF-8 with BOM'],
  ['windows-1252', iconv.encode(TEXT, 'windows1252'), 'Windows-1252'],
  ['utf-16 LE with BOM', Buffer.concat([bom(0xff, 0xfe), iconv.encode(TEXT, 'utf16le')]), 'UTF-16 LE'],
  ['utf-16 BE with BOM', Buffer.concat([bom(0xfe, 0xff), iconv.encode(TEXT, 'utf16be')]), 'UTF-16 BE'],
  ['utf-16 LE without BOM', iconv.encode(TEXT, 'utf16le'), 'UTF-16 LE'],
  ['utf-16 BE without BOM', iconv.encode(TEXT, 'utf16be'), 'UTF-16 BE'],
];

describe('CSV encodings', () => {
  for (const [name, bytes, label] of FILES) {
    it(`detects ${name} and decodes é, ë and £`, async () => {
      const connection = openCsv(csvFolder({ 'menu.csv': bytes }), 'menu.csv');
      const report = await connection.test();
      expect(report.detected).toMatchObject({ encoding: label, delimiter: 'comma', header: true, lineEnding: 'CRLF', rows: 2 });
      const [table] = await connection.discover();
      expect(table!.columns.map((c) => c.name)).toEqual(['id', 'name', 'price']);
      const rows = await readAll(connection, 'menu');
      expect(rows.map((r) => r.values)).toEqual(EXPECTED);
      expect(rows.map((r) => r.locator.line)).toEqual([2, 3]);
    });
  }

  it('lets the configured encoding win over detection', async () => {
    const dir = csvFolder({ 'euro.csv': iconv.encode('id,amount\n1,€5\n', 'windows1252') });
    const detected = await readAll(openCsv(dir, 'euro.csv'), 'euro');
    expect(detected[0]!.values.amount).toBe('€5');
    // Latin-1 reads byte 0x80 as a C1 control, not the euro sign: the override was obeyed.
    const latin1 = await readAll(openCsv(dir, 'euro.csv', { encoding: 'latin1' }), 'euro');
    expect(latin1[0]!.values.amount).toBe('\u00805');
    const utf8 = await readAll(openCsv(dir, 'euro.csv', { encoding: 'utf-8' }), 'euro');
    expect(utf8[0]!.values.amount).toBe('\ufffd5');
  });

  it('decodes a character split across read chunks', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i},Crème brûlée ${i}`);
    const dir = csvFolder({ 'big.csv': Buffer.from(['id,dish', ...rows].join('\n') + '\n', 'utf8') });
    const read = await readAll(openCsv(dir, 'big.csv'), 'big', 5000);
    expect(read).toHaveLength(40_000);
    expect(read.every((r, i) => r.values.dish === `Crème brûlée ${i}`)).toBe(true);
  });
});
