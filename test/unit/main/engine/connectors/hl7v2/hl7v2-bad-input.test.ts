import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection } from '../../../../../../main/engine/connectors/connector';
import { UserError } from '../../../../../../main/engine/errors';
import { hl7v2Source } from '../../../../../../main/engine/connectors/hl7v2/hl7v2-source';
import { cleanTempDirs, tempDir } from '../../../../../unit/helpers/temp-project';

const SECRET = 'Zebedee';

function sourceWith(name: string, content: string | Buffer): { dir: string; source: SourceConnection } {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  return { dir, source: hl7v2Source.open({ path: name }, { baseDir: dir }) };
}

async function readError(source: SourceConnection, table = 'PID'): Promise<UserError> {
  try {
    for await (const batch of source.read(table)) void batch;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the read to fail');
}

afterAll(cleanTempDirs);

describe('HL7 v2 source on bad input', () => {
  it('names the file and line of a file without MSH, without quoting it', async () => {
    const { source } = sourceWith('no-msh.hl7', `EVN|A01|20240101\rPID|1||X||${SECRET}^Ann`);
    const error = await readError(source);
    expect(error.place).toEqual({ file: 'no-msh.hl7', line: 1 });
    expect(error.message).toMatch(/before any MSH/);
    expect(error.describe()).toMatch(/^no-msh\.hl7:1: /);
    const report = await source.test();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ file: 'no-msh.hl7', line: 1, text: error.message }]);
    expect(JSON.stringify(report)).not.toContain(SECRET);
  });

  it('names the message and segment of a malformed MSH-2', async () => {
    const text = 'MSH|^~\\&|A|B|||1||ADT^A01|OK1|P|2.5\rPID|1||X\rMSH|^^|A|B|||1||ADT^A01|BAD|P|2.5\rPID|1||Y';
    const { source } = sourceWith('bad-msh2.hl7', text);
    const error = await readError(source, 'MSH');
    expect(error.place).toEqual({ file: 'bad-msh2.hl7', line: 3, field: 'MSH-2' });
    expect(error.message).toMatch(/^message 2, segment MSH: MSH-2 \(the encoding characters\)/);
  });

  it('hands over the rows of the messages before a bad one (none of the bad one), then the error', async () => {
    const text = 'MSH|^~\\&|A|B|||1||ADT^A01|OK1|P|2.5\rPID|1||X\rMSH|^~\\&|A|B|||1||ADT^A01|OK2|P|2.5\rPID|1||Y\rthis is not a segment';
    const { source } = sourceWith('tail.hl7', text);
    const rows: unknown[] = [];
    let caught: unknown;
    try {
      for await (const batch of source.read('PID', { batchSize: 10 })) rows.push(...batch);
    } catch (error) {
      caught = error;
    }
    expect(rows).toHaveLength(1);
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toBe('message OK2: line 5 is not a segment (a 3-character segment ID and the field separator are expected)');
    expect((caught as UserError).place).toEqual({ file: 'tail.hl7', line: 5 });
  });

  it('reports a file of batch envelopes with no message in it', async () => {
    const { source } = sourceWith('envelope.hl7', 'FHS|^~\\&|APP\rBHS|^~\\&|APP\rBTS|0\rFTS|1');
    expect((await readError(source)).describe()).toBe('envelope.hl7: no MSH segment found; this is not an HL7 v2 message file');
  });

  it('reports an empty file', async () => {
    const { source } = sourceWith('empty.hl7', '');
    expect((await readError(source)).describe()).toBe('empty.hl7: the file is empty');
    const blank = sourceWith('blank.hl7', '\uFEFF\r\n  \r\n').source;
    expect((await readError(blank)).message).toBe('the file is empty');
  });

  it('reports binary garbage as not HL7, never as a crash', async () => {
    const garbage = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), randomBytes(4096)]);
    const { source } = sourceWith('image.hl7', garbage);
    const error = await readError(source);
    expect(error.place.file).toBe('image.hl7');
    expect(error.message).toMatch(/binary data|before any MSH/);
    expect((await source.test()).ok).toBe(false);
  });

  it('tests the rest of a folder when one file is bad, and discover names the bad file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.hl7'), 'MSH|^~\\&|A|B|||1||ADT^A01|A1|P|2.5\rPID|1||X');
    writeFileSync(join(dir, 'b.hl7'), 'PID|1||no header');
    writeFileSync(join(dir, 'c.hl7'), 'MSH|^~\\&|A|B|||1||ADT^A01|C1|P|2.5\rPID|1||Z');
    const source = hl7v2Source.open({ path: '.' }, { baseDir: dir });
    const report = await source.test();
    expect(report.ok).toBe(false);
    expect(report.summary).toBe('1 of 3 files unreadable, 2 messages read');
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ file: 'b.hl7', line: 1 });
    await expect(source.discover()).rejects.toMatchObject({ place: { file: 'b.hl7', line: 1 } });
  });

  it('reports a missing path, an empty folder and a table name that is not a segment type', async () => {
    const dir = tempDir();
    const missing = hl7v2Source.open({ path: 'nowhere' }, { baseDir: dir });
    expect(await missing.test()).toMatchObject({ ok: false, problems: [{ file: 'nowhere' }] });
    const empty = hl7v2Source.open({ path: '.' }, { baseDir: dir });
    await expect(empty.discover()).rejects.toThrow('the folder holds no .hl7 or .txt files');
    await expect(readError(sourceWith('x.hl7', 'MSH|^~\\&|A').source, 'pid; drop')).resolves.toMatchObject({ message: expect.stringMatching(/not a segment type/) });
  });
});
