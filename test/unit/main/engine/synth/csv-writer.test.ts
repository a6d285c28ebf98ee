import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvTableWriter, encodeCsvField } from '../../../../../main/engine/synth/csv-writer';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

describe('encodeCsvField', () => {
  it('quotes only values that need it', () => {
    expect(encodeCsvField('12 Oak Road')).toBe('12 Oak Road');
    expect(encodeCsvField('Flat 2, 12 Oak Road')).toBe('"Flat 2, 12 Oak Road"');
    expect(encodeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(encodeCsvField('two\nlines')).toBe('"two\nlines"');
    expect(encodeCsvField('')).toBe('');
  });
});

describe('CsvTableWriter', () => {
  it('writes UTF-8 without BOM, LF endings, and reports the physical line of each row', async () => {
    const path = join(tempDir(), 't.csv');
    const writer = new CsvTableWriter<{ id: string; note: string }>(path, ['id', 'note']);
    const lines = [
      writer.writeRow({ id: 'a', note: 'Zoë' }),
      writer.writeRow({ id: 'b', note: 'line one\nline two' }),
      writer.writeRow({ id: 'c', note: 'Flat 1, 2 Elm Road' }),
    ];
    await writer.close();
    const bytes = readFileSync(path);
    expect(bytes[0]).not.toBe(0xef);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('\r');
    expect(lines).toEqual([2, 3, 5]);
    expect(writer.rows).toBe(3);
    const physical = text.split('\n');
    expect(physical[4]!.startsWith('c,')).toBe(true);
    expect(parse(text, { columns: true })).toEqual([
      { id: 'a', note: 'Zoë' },
      { id: 'b', note: 'line one\nline two' },
      { id: 'c', note: 'Flat 1, 2 Elm Road' },
    ]);
  });

  it('keeps every row across many flushes', async () => {
    const path = join(tempDir(), 'big.csv');
    const writer = new CsvTableWriter<{ n: string; pad: string }>(path, ['n', 'pad']);
    for (let i = 0; i < 20_000; i++) {
      writer.writeRow({ n: String(i), pad: 'x'.repeat(40) });
      await writer.flushIfFull();
    }
    await writer.close();
    const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as { n: string }[];
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999]!.n).toBe('19999');
  });
});
