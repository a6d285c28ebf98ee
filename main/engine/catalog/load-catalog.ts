import { resolve } from 'node:path';
import { isUserError } from '../errors';
import { PROJECT_FILES } from '../project/project-files';
import type { CatalogRead } from './catalog';
import { BUILTIN_PREFIX, loadCatalogTemplate } from './catalog-templates';
import { readDdl } from './read-ddl';
import { readFieldLevelCsv } from './field-level-csv';
import type { SqlDialect } from './sql-lexer';

/** What `project.yaml`'s `target` says about the catalog. */
export interface CatalogSpec {
  /** A `.sql` DDL file, a list of them, a field-level `.csv`, or `builtin:<template>`. */
  catalog: string | readonly string[];
  /** Overrides dialect detection for DDL files. */
  dialect?: SqlDialect;
}

/** A catalog read for a project, with a one-line description of where it came from. */
export interface LoadedCatalog extends CatalogRead {
  origin: string;
}

/**
 * Reads a project's target catalog, whichever form `target.catalog` takes. Never
 * throws for bad input: every mistake is a problem naming its file and line.
 */
export function loadTargetCatalog(projectDir: string, spec: CatalogSpec): LoadedCatalog {
  const origin = catalogOrigin(spec.catalog);
  const files = (typeof spec.catalog === 'string' ? [spec.catalog] : spec.catalog).map((f) => ({ path: resolve(projectDir, f), label: f }));
  try {
    if (typeof spec.catalog === 'string' && spec.catalog.startsWith(BUILTIN_PREFIX)) return { ...loadCatalogTemplate(spec.catalog), origin };
    if (files.length === 1 && /\.csv$/i.test(files[0]!.label)) return { ...readFieldLevelCsv(files[0]!), origin };
    return { ...readDdl(files, { dialect: spec.dialect }), origin };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const problem = { file: error.place.file ?? PROJECT_FILES.project, line: error.place.line, field: error.place.field, message: error.message };
    return { catalog: { tables: [] }, problems: [problem], origin };
  }
}

/** Says where a catalog comes from in one line: the file, the files, or the template. */
export function catalogOrigin(catalog: string | readonly string[]): string {
  return typeof catalog === 'string' ? catalog : catalog.join(', ');
}
