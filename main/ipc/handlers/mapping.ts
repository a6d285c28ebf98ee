import { join } from 'node:path';
import { exportContract } from '../../engine/mapping/export-contract';
import { readContract } from '../../engine/mapping/read-contract';
import { suggestForProject } from '../../engine/mapping/suggest-project';
import { tryExpression as tryContractExpression } from '../../engine/mapping/try-expression';
import { PROJECT_FILES } from '../../engine/project/project-files';
import type { Handler } from '../handler-types';
import { readProjectConfig } from './project-config';

/**
 * `mapping:pairs`: which source field fills which target field, from the mapping
 * contract, for the side-by-side view. Rows the contract check refuses are left out; the
 * Dashboard lists them as problems.
 */
export const pairs: Handler<'mapping:pairs'> = (_input, { session }) =>
  readContract(join(session.requireProject(), PROJECT_FILES.contract)).mappings.map((m) => ({
    targetTable: m.target_table,
    targetField: m.target_field,
    class: m.class,
    sourceTable: m.source_table,
    sourceField: m.source_field,
  }));

/** `mapping:try-expression`: compiles an expression and runs it on a few rows of its driving table. */
export const tryExpression: Handler<'mapping:try-expression'> = (input, { session }) => {
  const dir = session.requireProject();
  return tryContractExpression(dir, readProjectConfig(dir), input.expression, input.sourceTable ?? null);
};

/** `mapping:export`: the contract CSV, or the ETL documentation in Markdown or HTML. */
export const exportFile: Handler<'mapping:export'> = (input, { session }) => exportContract(session.requireProject(), input.format);

/** `mapping:suggest`: ranked suggestions for one target table, from the newest profile. */
export const suggest: Handler<'mapping:suggest'> = (input, { session }) => suggestForProject(session.requireProject(), { tables: [input.table] })[0]!;
