import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxSource } from '../../../../../../main/engine/connectors/xlsx/xlsx-connector';
import { CancelledError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';
import { writeStreamedWorkbook } from './build-workbooks';

const ROWS = 50_000;
let dir = '';

beforeAll(async () => {
  dir = tempDir();
  await writeStreamedWorkbook(join(dir, 'big.xlsx'), {
    Small: (sheet) => sheet.addRow(['x']).commit(),
    Big: (sheet) => {
      sheet.addRow(['id', 'name', 'birth_date', 'weight', 'code', 'active']).commit();
      for (let i = 1; i <= ROWS; i++) {
        sheet.addRow([i, `name ${i}`, new Date(Date.UTC(1950, 0, 1 + (i % 20_000))), i / 7, `C${i % 97}`, i % 3 === 0]).commit();
      }
    },
  });
}, 120_000);

afterAll(cleanTempDirs);

/** Heap still in use after a full collection: what a reader really holds, garbage aside. */
function retainedHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** exceljs's temp files (the `tmp` package names them `tmp-<pid>-…`) belonging to this process. */
const parkedFiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

describe('xlsx source on a 50,000-row sheet', () => {
  it('streams batches with flat memory, parsing straight from the file', async () => {
    const connection = xlsxSource.open({ path: 'big.xlsx' }, { baseDir: dir });
    const sizes: number[] = [];
    let first: unknown;
    let lastLine = 0;
    let baseline = 0;
    let peak = 0;
    for await (const batch of connection.read('Big', { batchSize: 1000 })) {
      if (sizes.length === 0) {
        first = batch[0]?.values;
        baseline = retainedHeap();
        expect(parkedFiles()).toEqual([]);
      }
      if (sizes.length % 10 === 9) peak = Math.max(peak, retainedHeap());
      sizes.push(batch.length);
      lastLine = batch.at(-1)?.locator.line ?? 0;
    }
    expect(sizes).toHaveLength(ROWS / 1000);
    expect(sizes.every((n) => n === 1000)).toBe(true);
    expect(lastLine).toBe(ROWS + 1);
    expect(first).toEqual({ id: 1, name: 'name 1', birth_date: '1950-01-02', weight: 1 / 7, code: 'C1', active: false });
    // Loading this workbook whole with exceljs takes about 170 MB of heap and holding its
    // records about 50 MB; a streaming read holds one batch whatever the row count.
    expect(peak - baseline).toBeLessThan(8 * 1024 * 1024);
  });

  it('stops between batches when the read is cancelled', async () => {
    const controller = new AbortController();
    let batches = 0;
    const reading = (async () => {
      for await (const _batch of xlsxSource.open({ path: 'big.xlsx' }, { baseDir: dir }).read('Big', { batchSize: 500, signal: controller.signal })) {
        batches++;
        controller.abort();
      }
    })();
    await expect(reading).rejects.toThrow(CancelledError);
    expect(batches).toBe(1);
  });

  it('previews the first rows and counts every row in discovery', async () => {
    const connection = xlsxSource.open({ path: 'big.xlsx' }, { baseDir: dir });
    expect((await connection.preview('Big', 3)).map((r) => r.locator.line)).toEqual([2, 3, 4]);
    expect((await connection.discover()).map((t) => [t.name, t.rowEstimate])).toEqual([['Small', 0], ['Big', ROWS]]);
  });
});
