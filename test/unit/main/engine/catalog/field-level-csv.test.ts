import { afterEach, describe, expect, it } from 'vitest';
import { readFieldLevelCsv } from '../../../../../main/engine/catalog/field-level-csv';
import { readDdl } from '../../../../../main/engine/catalog/read-ddl';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { OMOP_FIGURES, ddlFile, figures, omopFiles } from './omop-fixture';

afterEach(cleanTempDirs);

describe('readFieldLevelCsv on OMOP_CDMv5.4_Field_Level.csv', () => {
  const csv = readFieldLevelCsv(omopFiles('OMOP_CDMv5.4_Field_Level.csv')[0]!);

  it('carries every figure of the specification', () => {
    expect(csv.problems).toEqual([]);
    expect(figures(csv.catalog)).toEqual(OMOP_FIGURES);
  });

  it('agrees with the DDL files on tables, columns, NOT NULLs and keys, in its own type names', () => {
    const ddl = readDdl(
      omopFiles('OMOPCDM_postgresql_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'),
    ).catalog;
    // The specification's names for what the PostgreSQL DDL writes NUMERIC, TIMESTAMP and TEXT.
    const asPostgres = (type: string) => ({ FLOAT: 'NUMERIC', DATETIME: 'TIMESTAMP', 'VARCHAR(MAX)': 'TEXT' })[type] ?? type;
    expect(csv.catalog.tables.map((t) => t.name)).toEqual(ddl.tables.map((t) => t.name));
    csv.catalog.tables.forEach((table, i) => {
      const twin = ddl.tables[i]!;
      expect(table.columns.map((c) => ({ ...c, type: asPostgres(c.type) })), table.name).toEqual(twin.columns);
      expect(table.primaryKey).toEqual(twin.primaryKey);
      // The specification names parents in upper case; both resolve to the declared spelling.
      expect(table.foreignKeys).toEqual(twin.foreignKeys);
    });
    expect(csv.catalog.tables.find((t) => t.name === 'note_nlp')!.columns.map((c) => c.name)).toContain('offset');
  });
});

describe('readFieldLevelCsv on the plain layout', () => {
  it('reads table,column,type,required,primary_key,references', () => {
    const file = ddlFile(
      [
        'table,column,type,required,primary_key,references,description',
        'patient,patient_id,VARCHAR(12),Y,Y,,the key',
        'patient,birth_date,date,Y,N,,',
        'admission,admission_id,varchar( 12 ),yes,yes,,',
        'admission,patient_id,VARCHAR(12),Y,,patient.patient_id,',
        'admission,ward,TEXT,,,ward,',
        'ward,code,TEXT,Y,Y,,',
        'ward,parent,TEXT,N,N,ward(code),',
      ].join('\n'),
      'fields.csv',
    );
    const { catalog, problems } = readFieldLevelCsv(file);
    expect(problems).toEqual([]);
    expect(catalog.tables.map((t) => [t.name, t.primaryKey])).toEqual([
      ['patient', ['patient_id']],
      ['admission', ['admission_id']],
      ['ward', ['code']],
    ]);
    const admission = catalog.tables[1]!;
    expect(admission.columns[0]).toEqual({ name: 'admission_id', type: 'VARCHAR(12)', notNull: true, length: 12 });
    expect(admission.foreignKeys).toEqual([
      { columns: ['patient_id'], refTable: 'patient', refColumns: ['patient_id'] },
      { columns: ['ward'], refTable: 'ward', refColumns: ['code'] },
    ]);
    expect(catalog.tables[2]!.foreignKeys).toEqual([{ columns: ['parent'], refTable: 'ward', refColumns: ['code'] }]);
    expect(admission.createSql).toContain('FOREIGN KEY ("patient_id") REFERENCES "patient" ("patient_id")');
  });

  it('reports bad rows with their line, and an unknown layout', () => {
    const file = ddlFile(
      ['table,column,type,required,primary_key,references', 'a,id,INTEGER,maybe,Y,', ',x,TEXT,N,N,', 'a,b,TEXT,N,N,a.id.x', 'a,c,TEXT,N,N,nowhere.id'].join('\n'),
      'fields.csv',
    );
    expect(readFieldLevelCsv(file).problems).toEqual([
      { file: 'fields.csv', line: 2, message: 'required should be Yes or No, not "maybe"' },
      { file: 'fields.csv', line: 3, message: 'a row needs both a table and a column name' },
      { file: 'fields.csv', line: 4, message: 'references should be table.column, not "a.id.x"' },
      { file: 'fields.csv', line: 5, message: 'the foreign key a (c) → nowhere references nowhere, which is not in the catalog; the foreign key is left out' },
    ]);
    const unknown = readFieldLevelCsv(ddlFile('name,kind\nx,y\n', 'odd.csv'));
    expect(unknown.catalog.tables).toEqual([]);
    expect(unknown.problems).toEqual([{ file: 'odd.csv', line: 1, message: expect.stringMatching(/^not a field-level catalog/) }]);
    expect(readFieldLevelCsv(ddlFile('table,column\n"a,b\n', 'broken.csv')).problems[0]).toMatchObject({ file: 'broken.csv', line: expect.any(Number) });
  });
});
