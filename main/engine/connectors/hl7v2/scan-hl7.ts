import { isUserError, type UserError } from '../../errors';
import type { ConnectorProblem, DiscoveredTable } from '../connector';
import type { Hl7File } from './hl7-files';
import { compareColumns } from './segment-columns';
import { KEY_COLUMNS, segmentRecord, sourceSegments } from './segment-rows';

/** What a full pass over an HL7 v2 source found. */
export interface Hl7Scan {
  files: number;
  messages: number;
  /** HL7 versions from MSH-12, sorted. */
  versions: string[];
  /** Segment tables in order of first appearance. */
  tables: DiscoveredTable[];
  /** Files that could not be read and rows with a problem, each with where and why (at most {@link MAX_PROBLEMS}). */
  problems: ConnectorProblem[];
  /** Problems past {@link MAX_PROBLEMS}, counted only. */
  moreProblems: number;
  /** Why each unreadable file could not be read, in file order. */
  failures: UserError[];
}

/** How many problems a scan lists; past it they are counted, so a wrong encoding on a million rows stays one screen. */
export const MAX_PROBLEMS = 50;

interface TableStats {
  rows: number;
  columns: Set<string>;
}

function problemOf(error: UserError, file: Hl7File): ConnectorProblem {
  const problem: ConnectorProblem = { file: error.place.file ?? file.label, text: error.message };
  if (error.place.line !== undefined) problem.line = error.place.line;
  return problem;
}

/**
 * Reads every message once to learn the segment tables, their columns and row counts.
 * A file that fails is reported as a problem and the pass goes on with the next file, so
 * one bad file does not hide the state of the rest.
 */
export async function scanHl7(files: Hl7File[], encoding: string | undefined, signal?: AbortSignal): Promise<Hl7Scan> {
  const tables = new Map<string, TableStats>();
  const versions = new Set<string>();
  const problems: ConnectorProblem[] = [];
  let moreProblems = 0;
  const report = (problem: ConnectorProblem) => (problems.length < MAX_PROBLEMS ? problems.push(problem) : moreProblems++);
  const failures: UserError[] = [];
  let messages = 0;
  for (const file of files) {
    try {
      for await (const item of sourceSegments([file], encoding, signal)) {
        const record = segmentRecord(item, encoding);
        if (item.segment.index === 1) {
          messages++;
          const version = record.values['MSH_12_1'];
          if (typeof version === 'string') versions.add(version);
        }
        let stats = tables.get(item.segment.name);
        if (!stats) tables.set(item.segment.name, (stats = { rows: 0, columns: new Set() }));
        stats.rows++;
        for (const column of Object.keys(record.values)) stats.columns.add(column);
        if (record.problem) report({ ...record.locator, text: record.problem });
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      failures.push(error);
      report(problemOf(error, file));
    }
  }
  return {
    files: files.length,
    messages,
    versions: [...versions].sort(),
    problems,
    moreProblems,
    failures,
    tables: [...tables].map(([name, stats]) => {
      const fields = [...stats.columns].filter((c) => !(KEY_COLUMNS as readonly string[]).includes(c)).sort(compareColumns);
      return { name, kind: 'segment', rowEstimate: stats.rows, columns: [...KEY_COLUMNS, ...fields].map((column) => ({ name: column })) };
    }),
  };
}
