import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { hl7v2Source } from '../../../../../../main/engine/connectors/hl7v2/hl7v2-source';
import { cleanTempDirs, tempDir } from '../../../../../unit/helpers/temp-project';

const SAMPLES = fileURLToPath(new URL('../../../../../fixtures/shared-data/hl7v2', import.meta.url));

function open(dir: string, path: string, encoding?: string): SourceConnection {
  return hl7v2Source.open(encoding ? { path, encoding } : { path }, { baseDir: dir });
}

async function readAll(connection: SourceConnection, table: string): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table)) rows.push(...batch);
  return rows;
}

/** Every table of a source, as discovered and as read, keyed by table name. */
async function everything(connection: SourceConnection): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of await connection.discover()) {
    out[table.name] = { table, rows: (await readAll(connection, table.name)).map((r) => ({ ...r, locator: { ...r.locator, file: 'x' } })) };
  }
  return out;
}

afterAll(cleanTempDirs);

describe('HL7 v2 source over written messages', () => {
  it('gives identical tables for CR, LF and CRLF segment ends', async () => {
    const dir = tempDir();
    const segments = readFileSync(join(SAMPLES, 'ADT-A01-01.hl7'), 'utf8').split('\n');
    const results = [];
    for (const [name, end] of [['cr', '\r'], ['lf', '\n'], ['crlf', '\r\n']] as const) {
      writeFileSync(join(dir, `${name}.hl7`), segments.join(end) + end);
      results.push(await everything(open(dir, `${name}.hl7`)));
    }
    expect(Object.keys(results[0]!)).toHaveLength(21);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('decodes every escape sequence after splitting, so an escaped separator stays data', async () => {
    const dir = tempDir();
    const message = [
      'MSH|^~\\&|APP|FAC|||20240101||ADT^A01|ESC1|P|2.5',
      'PID|1||X1||Smith\\F\\Jones\\S\\Jr\\T\\x\\R\\y\\E\\z^Ann||||||1 Road\\.br\\Town|||\\X48656C6C6F\\ \\H\\bold\\N\\|\\Zcustom\\',
    ].join('\r');
    writeFileSync(join(dir, 'esc.hl7'), message);
    const [pid] = await readAll(open(dir, 'esc.hl7'), 'PID');
    expect(pid!.values).toMatchObject({ PID_5_1: 'Smith|Jones^Jr&x~y\\z', PID_5_2: 'Ann', PID_11_1: '1 Road\nTown', PID_14_1: 'Hello bold', PID_15_1: '\\Zcustom\\' });
  });

  it('uses the separators each message declares in MSH-1 and MSH-2', async () => {
    const dir = tempDir();
    const lines = ['MSH#$%!*#APP#FAC###20240101##ADT$A01#SEP1#P#2.5', 'PID#1##A1$$$HOSP$MR%B2$$$NHS$NH##Doe*X$Jo!F!##19700101#F'];
    writeFileSync(join(dir, 'sep.hl7'), lines.join('\n'));
    const source = open(dir, 'sep.hl7');
    const [msh] = await readAll(source, 'MSH');
    expect(msh!.values).toMatchObject({ MSH_1_1: '#', MSH_2_1: '$%!*', MSH_9_2: 'A01', MSH_10_1: 'SEP1' });
    const [pid] = await readAll(source, 'PID');
    expect(pid!.values).toMatchObject({ PID_3_1: 'A1', PID_3_5: 'MR', PID_3_1_r2: 'B2', PID_3_5_r2: 'NH', PID_5_1: 'Doe', PID_5_1_2: 'X', PID_5_2: 'Jo#', PID_7_1: '19700101' });
  });

  it('splits a file of many messages on MSH, skipping blank lines and batch envelopes', async () => {
    const dir = tempDir();
    const text = [
      'FHS|^~\\&|APP', 'BHS|^~\\&|APP',
      'MSH|^~\\&|APP|FAC|||20240101||ADT^A01|M1|P|2.5', 'PID|1||A1||Alpha^Ann', '',
      'MSH|^~\\&|APP|FAC|||20240101||ADT^A08||P|2.5', 'PID|1||B2||Beta^Bob', 'PID|2||B3||Gamma^Gil',
      'BTS|2', 'FTS|1', '',
    ].join('\r\n');
    writeFileSync(join(dir, 'batch.txt'), text);
    const source = open(dir, '.');
    expect((await source.discover()).map((t) => [t.name, t.rowEstimate])).toEqual([['MSH', 2], ['PID', 3]]);
    const pid = await readAll(source, 'PID');
    expect(pid.map((r) => [r.values['message_id'], r.values['message_index'], r.values['segment_index'], r.locator.segment, r.locator.line])).toEqual([
      ['M1', 1, 2, 'PID', 4],
      ['batch.txt#2', 2, 2, 'PID', 7],
      ['batch.txt#2', 2, 3, 'PID[2]', 8],
    ]);
  });

  it('numbers messages across the files of a folder in name order', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.hl7'), 'MSH|^~\\&|A|B|||1||ADT^A01|B1|P|2.5\rPID|1||X');
    writeFileSync(join(dir, 'a.hl7'), 'MSH|^~\\&|A|B|||1||ADT^A01|A1|P|2.5\rPID|1||Y');
    writeFileSync(join(dir, 'notes.md'), 'not a message');
    const msh = await readAll(open(dir, '.'), 'MSH');
    expect(msh.map((r) => [r.locator.file, r.values['message_index']])).toEqual([['a.hl7', 1], ['b.hl7', 2]]);
  });

  it('reads the encoding it is told, and flags text that is not valid in the one it uses', async () => {
    const dir = tempDir();
    const text = 'MSH|^~\\&|A|B|||1||ADT^A01|E1|P|2.5\rPID|1||X||Peña^José';
    writeFileSync(join(dir, 'latin.hl7'), iconv.encode(text, 'latin1'));
    const [pid] = await readAll(open(dir, 'latin.hl7', 'latin1'), 'PID');
    expect(pid!.values).toMatchObject({ PID_5_1: 'Peña', PID_5_2: 'José' });
    expect(pid!.problem).toBeUndefined();
    const report = await open(dir, 'latin.hl7').test();
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'latin.hl7', message: 'E1', segment: 'PID', line: 2 });
    expect(report.problems[0]!.text).toMatch(/not valid utf-8.*encoding/);
    expect(report.problems[0]!.text).not.toMatch(/Pe|Jos/);
  });

  it('rejects an unknown encoding in the config', () => {
    expect(hl7v2Source.configSchema.safeParse({ path: 'x', encoding: 'klingon-8' }).success).toBe(false);
    expect(hl7v2Source.configSchema.safeParse({ path: 'x', encoding: 'windows-1252' }).success).toBe(true);
  });

  it('keeps at most 10 repetitions of a field and says so on the row', async () => {
    const dir = tempDir();
    const phones = Array.from({ length: 12 }, (_, i) => `0100${i}`).join('~');
    writeFileSync(join(dir, 'reps.hl7'), `MSH|^~\\&|A|B|||1||ADT^A01|R1|P|2.5\rPID|1||X||||||||||${phones}`);
    const [pid] = await readAll(open(dir, 'reps.hl7'), 'PID');
    expect(pid!.values['PID_13_1_r10']).toBe('01009');
    expect(pid!.values['PID_13_1_r11']).toBeUndefined();
    expect(pid!.problem).toBe('not read: PID-13 repetitions past 10');
  });
});
