import type { CatalogView } from '../../../../../../preload/contract/catalog-schemas';
import type { FieldMapping } from '../../../../../../main/engine/mapping/contract-schema';
import { contractCoverage } from '../../../../../../main/engine/mapping/coverage';
import type { EtlDocInput } from '../../../../../../main/engine/mapping/etl-docs/etl-doc-input';

/** A contract row with every column blank but the ones given. */
export function mapping(row: Partial<FieldMapping> & Pick<FieldMapping, 'target_table' | 'target_field' | 'class' | 'line'>): FieldMapping {
  return {
    source_table: null,
    source_field: null,
    expression: null,
    crosswalk: null,
    default: null,
    required: false,
    notes: '',
    status: 'draft',
    approved_by: null,
    ...row,
  };
}

/** Text meant to break HTML and Markdown tables alike. */
export const HOSTILE_NOTE = 'line one\nline two | pipe & "double" \'single\' <script>alert(1)</script>';
/** An expression with a pipe, a backtick, markup and an ampersand. */
export const HOSTILE_EXPRESSION = 'concat(a, "|", b) & `x` <script>alert(2)</script>';

/**
 * Two tables declared child first, so catalog order and load order differ; columns in an
 * order that is not alphabetical; one field missing from the contract, one unresolved and
 * required, rows for fields the catalog lacks, a missing crosswalk and one over the cap.
 */
export function fixtureInput(overrides: Partial<EtlDocInput> = {}): EtlDocInput {
  const catalog: CatalogView = {
    origin: 'target/schema.sql',
    tables: [
      {
        name: 'CHILD',
        columns: [
          { name: 'child_id', type: 'INTEGER', notNull: true, length: null },
          { name: 'parent_ref', type: 'VARCHAR(12)', notNull: true, length: 12 },
          { name: 'code', type: 'VARCHAR(2)', notNull: false, length: 2 },
          { name: 'other_code', type: 'VARCHAR(2)', notNull: false, length: 2 },
        ],
        primaryKey: ['child_id'],
        foreignKeys: [{ columns: ['parent_ref'], refTable: 'PARENT', refColumns: ['zeta_id'] }],
      },
      {
        name: 'PARENT',
        columns: [
          { name: 'zeta_id', type: 'VARCHAR(12)', notNull: true, length: 12 },
          { name: 'alpha_name', type: 'VARCHAR(60)', notNull: true, length: 60 },
          { name: 'middle', type: 'VARCHAR(10)', notNull: false, length: 10 },
        ],
        primaryKey: ['zeta_id'],
        foreignKeys: [],
      },
    ],
    loadOrder: ['PARENT', 'CHILD'],
  };
  const mappings: FieldMapping[] = [
    mapping({ line: 2, target_table: 'PARENT', target_field: 'zeta_id', class: 'DIRECT_SOURCE', source_table: 'src', source_field: 'id', required: true, status: 'approved', approved_by: 'Dr <b>Who</b> & Co' }),
    mapping({ line: 3, target_table: 'PARENT', target_field: 'alpha_name', class: 'DERIVED', source_table: 'src', expression: HOSTILE_EXPRESSION, notes: HOSTILE_NOTE, status: 'review' }),
    mapping({ line: 4, target_table: 'CHILD', target_field: 'child_id', class: 'SURROGATE_ETL', default: 'next_seq' }),
    mapping({ line: 5, target_table: 'CHILD', target_field: 'parent_ref', class: 'UNRESOLVED', required: true, notes: 'Which key?' }),
    mapping({ line: 6, target_table: 'CHILD', target_field: 'code', class: 'LOOKUP_TRANSLATION', source_table: 'src', source_field: 'code', crosswalk: 'codes' }),
    mapping({ line: 7, target_table: 'CHILD', target_field: 'other_code', class: 'LOOKUP_TRANSLATION', source_table: 'src', source_field: 'other', crosswalk: 'absent_xw' }),
    mapping({ line: 8, target_table: 'GHOST', target_field: 'boo', class: 'DIRECT_SOURCE', source_table: 'src', source_field: 'boo' }),
    mapping({ line: 9, target_table: 'PARENT', target_field: 'no_such_field', class: 'OUT_OF_SCOPE' }),
  ];
  const big = Array.from({ length: 250 }, (_, i) => [`S${String(i).padStart(3, '0')}`, `T${i}`] as const);
  const input: EtlDocInput = {
    project: { name: 'Trust <A&B> | "PAS"', description: 'Moves * things_ from `old` to new.' },
    generatedAt: '2025-02-03T04:05:06.000Z',
    contractHash: 'abc123def456',
    catalog,
    mappings,
    coverage: contractCoverage({ tables: catalog.tables.map((t) => ({ ...t, createSql: '' })) }, mappings),
    crosswalks: [
      { name: 'big', file: 'mapping/crosswalks/big.csv', codes: big },
      { name: 'codes', file: 'mapping/crosswalks/codes.csv', codes: [['<A>', 'a|b'], ['B&C', '"q"'], ['D', 'E']] },
    ],
  };
  return { ...input, ...overrides };
}

/** Removes Markdown code spans (any fence length), leaving the text a renderer would parse for markup. */
export function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}
