import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { hl7v2Source } from '../../../../../../main/engine/connectors/hl7v2/hl7v2-source';
import { cleanTempDirs } from '../../../../../unit/helpers/temp-project';

const SAMPLES = fileURLToPath(new URL('../../../../../fixtures/shared-data/hl7v2', import.meta.url));
const FILES = ['ADT-A01-01.hl7', 'ADT-A03-01.hl7', 'ADT-A08-01.hl7', 'ADT-A40-01.hl7', 'ADT01-23.hl7', 'ADT04-251.hl7'];

function open(path: string): SourceConnection {
  return hl7v2Source.open({ path }, { baseDir: SAMPLES });
}

async function readAll(connection: SourceConnection, table: string): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table, { batchSize: 2 })) rows.push(...batch);
  return rows;
}

function rowOf(rows: SourceRecord[], file: string): SourceRecord {
  const row = rows.find((r) => r.locator.file === file);
  if (!row) throw new Error(`no row from ${file}`);
  return row;
}

afterAll(cleanTempDirs);

describe('HL7 v2 source over the six sample ADT messages', () => {
  const source = open('.');

  it('tests clean and finds one message per file, v2.3 and v2.8', async () => {
    const report = await source.test();
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.detected).toMatchObject({ files: 6, messages: 6, versions: '2.3, 2.8' });
  });

  it('gives one MSH row per message, keyed by MSH-10 and a source-wide message index', async () => {
    const msh = await readAll(source, 'MSH');
    expect(msh.map((r) => r.locator.file)).toEqual(FILES);
    expect(msh.map((r) => r.values['message_index'])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(msh.map((r) => r.values['message_id'])).toEqual(['MSG00001', 'MSG00001', 'MSG00001', '8919-40', '599102', '1270326314']);
    const tables = await source.discover();
    expect(tables.find((t) => t.name === 'MSH')?.rowEstimate).toBe(6);
  });

  it('numbers MSH fields from the field separator, MSH-1', async () => {
    // ADT01-23.hl7, by hand: MSH|^~\&|AccMgr|1|||20050110045504+0700||ADT^A01|599102|P|2.3
    const msh = rowOf(await readAll(source, 'MSH'), 'ADT01-23.hl7').values;
    expect(msh).toMatchObject({ MSH_1_1: '|', MSH_2_1: '^~\\&', MSH_3_1: 'AccMgr', MSH_4_1: '1', MSH_7_1: '20050110045504+0700' });
    expect(msh).toMatchObject({ MSH_9_1: 'ADT', MSH_9_2: 'A01', MSH_10_1: '599102', MSH_11_1: 'P', MSH_12_1: '2.3' });
  });

  it('puts family names in PID_5_1, as read by hand from the files', async () => {
    const pid = await readAll(source, 'PID');
    expect(pid).toHaveLength(6);
    // ADT-A40-01.hl7: PID|1||12345^^^BCBS^MR||Test^Test^A||20180205|F|||123 Any Street^^Raleigh^NC^27615…
    expect(rowOf(pid, 'ADT-A40-01.hl7').values).toMatchObject({ PID_3_1: '12345', PID_3_4: 'BCBS', PID_3_5: 'MR', PID_5_1: 'Test', PID_5_2: 'Test', PID_5_3: 'A', PID_7_1: '20180205', PID_8_1: 'F', PID_11_3: 'Raleigh' });
    expect(rowOf(pid, 'ADT01-23.hl7').values['PID_5_1']).toBe('DUCK');
    expect(rowOf(pid, 'ADT04-251.hl7').values['PID_5_1']).toBe('Doe');
    for (const row of pid) expect(typeof row.values['PID_5_1']).toBe('string');
  });

  it('splits subcomponents and repetitions into their own columns', async () => {
    // ADT-A01-01.hl7 PID-3: PATID1234^5^M11^test1&2.16.1&HCD^MR^GOOD HEALTH HOSPITAL~123456789^^^USSSA^SS
    // PID-5: EVERYMAN&&&&Aniston^ADAM^A^III^Dr.^MD^D^^^19241012^^^^PF^Addsm~Josh&&&&Bing^^stanley…
    const a01 = rowOf(await readAll(source, 'PID'), 'ADT-A01-01.hl7').values;
    expect(a01).toMatchObject({ PID_3_1: 'PATID1234', PID_3_4: 'test1', PID_3_4_2: '2.16.1', PID_3_4_3: 'HCD', PID_3_6: 'GOOD HEALTH HOSPITAL' });
    expect(a01).toMatchObject({ PID_3_1_r2: '123456789', PID_3_4_r2: 'USSSA', PID_3_5_r2: 'SS' });
    expect(a01).toMatchObject({ PID_5_1: 'EVERYMAN', PID_5_1_5: 'Aniston', PID_5_2: 'ADAM', PID_5_1_r2: 'Josh', PID_5_1_5_r2: 'Bing' });
    expect(a01['PID_3_2_r2']).toBeUndefined();
  });

  it('reads the files that start with a UTF-8 BOM', async () => {
    for (const file of ['ADT01-23.hl7', 'ADT04-251.hl7']) {
      expect([...readFileSync(`${SAMPLES}/${file}`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const msh = rowOf(await readAll(source, 'MSH'), file);
      expect(msh.values['MSH_1_1']).toBe('|');
      expect(msh.locator).toMatchObject({ file, segment: 'MSH', line: 1 });
    }
  });

  it('decodes escape sequences in the samples', async () => {
    // ADT-A01-01.hl7 PV1-14: NHS Provider-General (inc.A\T\E-this Hosp)
    const pv1 = rowOf(await readAll(source, 'PV1'), 'ADT-A01-01.hl7');
    expect(pv1.values['PV1_14_1']).toBe('NHS Provider-General (inc.A&E-this Hosp)');
  });

  it('locates rows by message and segment, with [n] for a repeated segment', async () => {
    const in1 = (await readAll(source, 'IN1')).filter((r) => r.locator.file === 'ADT01-23.hl7');
    expect(in1.map((r) => r.locator)).toEqual([
      { file: 'ADT01-23.hl7', message: '599102', segment: 'IN1', line: 8 },
      { file: 'ADT01-23.hl7', message: '599102', segment: 'IN1[2]', line: 10 },
      { file: 'ADT01-23.hl7', message: '599102', segment: 'IN1[3]', line: 12 },
    ]);
    expect(in1.map((r) => r.values['segment_index'])).toEqual([8, 10, 12]);
  });

  it('discovers one table per segment type with the key columns first and fields in field order', async () => {
    const tables = await source.discover();
    expect(tables.map((t) => t.name).slice(0, 4)).toEqual(['MSH', 'SFT', 'EVN', 'PID']);
    expect(tables.every((t) => t.kind === 'segment')).toBe(true);
    const pid = tables.find((t) => t.name === 'PID')!.columns.map((c) => c.name);
    expect(pid.slice(0, 4)).toEqual(['message_id', 'message_index', 'segment_index', 'PID_1_1']);
    expect(pid.indexOf('PID_3_1')).toBeLessThan(pid.indexOf('PID_3_4_2'));
    expect(pid.indexOf('PID_3_6')).toBeLessThan(pid.indexOf('PID_3_1_r2'));
    expect(pid.indexOf('PID_3_5_r2')).toBeLessThan(pid.indexOf('PID_4_1'));
    expect(pid.indexOf('PID_9_1')).toBeLessThan(pid.indexOf('PID_10_1'));
    const counts = Object.fromEntries(tables.map((t) => [t.name, t.rowEstimate]));
    expect(counts).toMatchObject({ PID: 6, PV1: 5, IN1: 6, IN2: 5, MRG: 1, DG1: 4 });
  });

  it('previews the first rows of a table', async () => {
    const rows = await source.preview('PID', 2);
    expect(rows.map((r) => r.locator.file)).toEqual(FILES.slice(0, 2));
  });

  it('reads a single file as a source', async () => {
    const one = open('ADT-A40-01.hl7');
    expect((await one.discover()).map((t) => t.name)).toEqual(['MSH', 'EVN', 'PID', 'MRG']);
    const mrg = await readAll(one, 'MRG');
    expect(mrg[0]!.values).toMatchObject({ MRG_1_1: '56789', MRG_1_4: 'BCBS', MRG_1_5: 'MR' });
  });
});
