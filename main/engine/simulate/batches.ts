import type { Workload } from './workload';

/** A run of consecutive records of one table, committed together. */
export interface Batch {
  /** Position among all the run's batches, parents' tables first. */
  index: number;
  /** Index of the table in the workload. */
  table: number;
  tableName: string;
  /** Its number within its table, from 1. */
  seq: number;
  /** First record (inclusive) and last (exclusive) in the table. */
  start: number;
  end: number;
}

/** The records a batch holds. */
export function batchRecords(batch: Batch): number {
  return batch.end - batch.start;
}

/**
 * Cuts every table into batches of `batchSize` records, in load order. Every strategy
 * cuts the same way, so each meets the same failures on the same batches and the
 * comparison is between schedules, not luck.
 */
export function cutBatches(workload: Workload, batchSize: number): Batch[] {
  const batches: Batch[] = [];
  workload.tables.forEach((table, tableIndex) => {
    const rows = table.patient.length;
    for (let start = 0, seq = 1; start < rows; start += batchSize, seq++) {
      batches.push({ index: batches.length, table: tableIndex, tableName: table.name, seq, start, end: Math.min(rows, start + batchSize) });
    }
  });
  return batches;
}
