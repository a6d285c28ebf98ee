import { readFileSync } from 'node:fs';
import type { ProjectProblem } from '../../../preload/contract';
import { isUserError } from '../errors';
import { assembleCatalog } from './assemble-catalog';
import type { CatalogRead } from './catalog';
import type { CatalogDraft } from './catalog-draft';
import { detectDialect } from './ddl-dialect';
import { keepExactSqliteSql } from './exact-sqlite-sql';
import { readDdlStatement } from './ddl-statements';
import { tokenize, type SqlDialect } from './sql-lexer';
import { splitStatements } from './sql-statements';

/** A file to read: where it is, and how to name it in messages. */
export interface CatalogFile {
  path: string;
  label: string;
}

/** How to read DDL. */
export interface DdlOptions {
  /** The dialect of every file; detected per file when left out. */
  dialect?: SqlDialect;
}

/**
 * Reads SQLite or PostgreSQL DDL, from one file or several (OMOP ships tables, primary
 * keys and foreign keys separately), into one catalog. `CREATE TABLE` and `ALTER TABLE
 * … ADD` are read; comments, indexes and every other statement are skipped. Schema
 * qualifiers and OHDSI placeholders (`@cdmDatabaseSchema.person`) are dropped. A broken
 * statement is reported with its file and line and the rest is still read.
 */
export function readDdl(files: readonly CatalogFile[], options: DdlOptions = {}): CatalogRead {
  const draft: CatalogDraft = { tables: [], changes: [] };
  const problems: ProjectProblem[] = [];
  for (const file of files) problems.push(...readDdlFile(file, options, draft));
  const assembled = assembleCatalog(draft);
  if (draft.tables.length === 0 && problems.length === 0 && files[0]) {
    problems.push({ file: files.map((f) => f.label).join(', '), message: 'no CREATE TABLE statement found' });
  }
  return { catalog: keepExactSqliteSql(assembled.catalog, sqliteOriginals(draft)), problems: [...problems, ...assembled.problems] };
}

/** The SQLite statement of each table as first declared (the assembly keeps the first). */
function sqliteOriginals(draft: CatalogDraft): Map<string, string> {
  const originals = new Map<string, string>();
  const seen = new Set<string>();
  for (const table of draft.tables) {
    const key = table.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (table.sqliteSql) originals.set(key, table.sqliteSql);
  }
  return originals;
}

function readDdlFile(file: CatalogFile, options: DdlOptions, draft: CatalogDraft): ProjectProblem[] {
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch {
    return [{ file: file.label, message: 'catalog DDL file not found or not readable' }];
  }
  const problems: ProjectProblem[] = [];
  const collect = (error: unknown) => {
    if (!isUserError(error)) throw error;
    problems.push({ file: error.place.file ?? file.label, line: error.place.line, message: error.message });
  };
  try {
    const dialect = options.dialect ?? detectDialect(text);
    const tokens = tokenize(text, file.label, dialect);
    const split = splitStatements(tokens, file.label);
    problems.push(...split.problems);
    for (const statement of split.statements) {
      try {
        const declaration = readDdlStatement(statement, file.label, dialect === 'sqlite' ? text : undefined);
        if (declaration.kind === 'table') draft.tables.push(declaration.table);
        if (declaration.kind === 'changes') draft.changes.push(...declaration.changes);
      } catch (error) {
        collect(error);
      }
    }
  } catch (error) {
    collect(error);
  }
  return problems;
}
