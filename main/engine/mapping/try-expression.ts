import type { CellValue, SourceRecord } from '../connectors/connector';
import { knownIdentifiers } from '../connectors/registry';
import { identifyingColumns } from '../preview/identifying-columns';
import { maskValue } from '../preview/mask-value';
import { openSourceTable } from '../project/open-source-table';
import type { ProjectConfig } from '../project/project-schema';
import { compileContractExpression, expressionFields } from './expressions';

/** What trying an expression found: whether it compiles, fields it reads that the table lacks, and its results on a few rows. */
export interface ExpressionTrial {
  ok: boolean;
  error: string | null;
  unknownFields: string[];
  samples: { locator: SourceRecord['locator']; output: CellValue; error: string | null }[];
}

const SAMPLE_ROWS = 5;

/**
 * Compiles a contract expression and, given its driving table, runs it on the table's
 * first rows, as the pipeline would. An output computed from an identifying column is
 * masked (shape kept): trying an expression must not become a way round the preview mask.
 */
export async function tryExpression(projectDir: string, config: ProjectConfig, expression: string, sourceTable: string | null): Promise<ExpressionTrial> {
  let compiled;
  try {
    compiled = compileContractExpression(expression);
  } catch (error) {
    return { ok: false, error: (error as Error).message, unknownFields: [], samples: [] };
  }
  if (!sourceTable) return { ok: true, error: null, unknownFields: [], samples: [] };
  const found = await openSourceTable(projectDir, config, sourceTable);
  try {
    const fields = expressionFields(expression);
    const unknownFields = fields.filter((f) => !found.columns.includes(f));
    const rows = await found.connection.preview(found.table, SAMPLE_ROWS);
    const masked = identifyingColumns(found.table, found.columns, rows, knownIdentifiers(found.source.type, found.table));
    const hides = fields.some((f) => masked.includes(f));
    const samples = rows.map((row) => {
      const value = compiled(row.values as Record<string, CellValue>);
      if (value instanceof Error) return { locator: row.locator, output: null, error: value.message };
      const output = value === undefined ? null : (value as CellValue);
      return { locator: row.locator, output: hides ? maskValue(output) : output, error: null };
    });
    return { ok: unknownFields.length === 0, error: unknownFields.length ? `not a column of ${sourceTable}: ${unknownFields.join(', ')}` : null, unknownFields, samples };
  } finally {
    await found.connection.close();
  }
}
