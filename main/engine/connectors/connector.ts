import type { z } from 'zod';
import type { Locator } from '../../../preload/contract';
import type { IdentifierFlag } from '../profile/identifier-flags';

/** A value as a connector reads it: text from text formats, typed values from typed ones. */
export type CellValue = string | number | boolean | null;

/** A column a connector discovered. */
export interface DiscoveredColumn {
  name: string;
  /** The type the format declares (SQLite, xlsx cell types, FHIR element), when it has one. */
  declaredType?: string;
}

/** A table a connector discovered: a file, a sheet, a SQLite table or view, a resource or segment type. */
export interface DiscoveredTable {
  name: string;
  kind: 'file' | 'table' | 'view' | 'sheet' | 'resource' | 'segment' | 'child';
  columns: DiscoveredColumn[];
  /** Rows, exact or estimated; null when unknown without a full read. */
  rowEstimate: number | null;
  /** For child tables (arrays flattened out of a parent): the parent table and the key column linking them. */
  parent?: { table: string; key: string };
  /**
   * Why this table cannot be read (an empty or binary file in a folder, say). One bad
   * file must not hide the good ones, so discovery lists it with its problem instead of failing.
   */
  problem?: ConnectorProblem;
}

/** One source row: its values by column and where it came from. */
export interface SourceRecord {
  locator: Locator;
  values: Record<string, CellValue>;
  /** Something wrong with the row's shape (a ragged CSV row, say), reported instead of silently fixed. */
  problem?: string;
}

/** A problem a connector found, with where it is. */
export interface ConnectorProblem {
  file: string;
  line?: number;
  message?: string;
  segment?: string;
  /** What is wrong, in plain words; never a row's values. */
  text: string;
}

/** What `test()` found. */
export interface TestReport {
  ok: boolean;
  /** One sentence for the UI: "12 tables, UTF-8, comma-separated" or what is wrong. */
  summary: string;
  problems: ConnectorProblem[];
  /** What was detected (encoding, delimiter, sheet count…), for display. */
  detected?: Record<string, string | number | boolean>;
}

/** How to read a table. */
export interface ReadOptions {
  batchSize?: number;
  signal?: AbortSignal;
}

/** An open source: test it, discover it, preview and stream its tables. */
export interface SourceConnection {
  test(): Promise<TestReport>;
  discover(): Promise<DiscoveredTable[]>;
  preview(table: string, limit: number): Promise<SourceRecord[]>;
  /** Streams a table in batches; a malformed input throws a UserError naming file and line (or message and segment). */
  read(table: string, options?: ReadOptions): AsyncGenerator<SourceRecord[]>;
  close(): Promise<void>;
}

/** An open target: test it and discover what is already there. */
export interface TargetConnection {
  test(): Promise<TestReport>;
  discover(): Promise<DiscoveredTable[]>;
  close(): Promise<void>;
}

/** Where a connection is opened from. */
export interface ConnectorContext {
  /** The project folder; relative paths in a config are resolved against it. */
  baseDir: string;
}

/**
 * A connector's options as a zod object, so the project schema can add `id` and `type`
 * to it and build one discriminated union of every connector's options.
 */
export type ConfigSchema<Config> = z.ZodObject<z.ZodRawShape> & z.ZodType<Config>;

/** A source connector: declared once, listed in the registry. */
export interface SourceConnectorDefinition<Config extends { path: string }> {
  id: string;
  label: string;
  role: 'source';
  /** Options beyond `type` and `id` in project.yaml's `sources[]`. */
  configSchema: ConfigSchema<Config>;
  /** File name endings the picker offers, without dots (`csv`, `ndjson`); empty for folders only. */
  extensions: string[];
  /** Whether a folder can be this source (a folder of CSVs, of HL7 messages…). */
  acceptsFolder: boolean;
  /**
   * For formats whose standard says which fields identify a person (HL7 v2's PID-5 is
   * the patient's name): the kind of identifier a column holds, or null. Previews mask
   * these and profiles flag them whatever the values look like.
   */
  identifyingColumn?(table: string, column: string): IdentifierFlag | null;
  open(config: Config, context: ConnectorContext): SourceConnection;
}

/** A target connector: declared once, listed in the registry. */
export interface TargetConnectorDefinition<Config extends { path: string }> {
  id: string;
  label: string;
  role: 'target';
  configSchema: ConfigSchema<Config>;
  extensions: string[];
  acceptsFolder: boolean;
  open(config: Config, context: ConnectorContext): TargetConnection;
}

/** Declares a source connector (an identity function that keeps the config type). */
export function defineSource<Config extends { path: string }>(definition: Omit<SourceConnectorDefinition<Config>, 'role'>): SourceConnectorDefinition<Config> {
  return { ...definition, role: 'source' };
}

/** Declares a target connector (an identity function that keeps the config type). */
export function defineTarget<Config extends { path: string }>(definition: Omit<TargetConnectorDefinition<Config>, 'role'>): TargetConnectorDefinition<Config> {
  return { ...definition, role: 'target' };
}
