import { afterEach, describe, expect, it } from 'vitest';
import { readDdl } from '../../../../../main/engine/catalog/read-ddl';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { ddlFile } from './omop-fixture';

afterEach(cleanTempDirs);

/** Reads DDL text and returns its problems as `file:line: message`, and the tables read. */
function read(text: string) {
  const { catalog, problems } = readDdl([ddlFile(text, 'target/broken.sql')]);
  return { tables: catalog.tables.map((t) => t.name), problems: problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
}

describe('readDdl on broken DDL', () => {
  it('reports a parenthesis never closed at the line that opened it, and reads the other statements', () => {
    // The ) on line 5 closes the ( of line 3, so the one of line 2 is left open.
    const { tables, problems } = read('CREATE TABLE ok1 (a INTEGER);\nCREATE TABLE bad (\n  a VARCHAR(10,\n  b INTEGER\n);\nCREATE TABLE ok2 (a INTEGER);');
    expect(problems).toEqual(['target/broken.sql:2: unbalanced parenthesis: the ( on line 2 is never closed']);
    expect(tables).toEqual(['ok1', 'ok2']);
  });

  it('reports a stray closing parenthesis', () => {
    expect(read('CREATE TABLE t (a INTEGER));').problems).toEqual(['target/broken.sql:1: unbalanced parenthesis: the ) on line 1 closes nothing']);
  });

  it('reports CREATE TABLE without a name', () => {
    expect(read('\n\nCREATE TABLE (a INTEGER);').problems).toEqual(['target/broken.sql:3: CREATE TABLE without a table name']);
    expect(read('CREATE TABLE @cdmDatabaseSchema (a INTEGER);').problems).toEqual(['target/broken.sql:1: a table name is only a placeholder (@cdmDatabaseSchema)']);
    expect(read('CREATE TABLE @cdmDatabaseSchema. (a INTEGER);').problems).toEqual(['target/broken.sql:1: a table name is only a placeholder (@cdmDatabaseSchema)']);
  });

  it('reports a foreign key to an unknown table as a problem and leaves that key out', () => {
    const { catalog, problems } = readDdl([
      ddlFile('CREATE TABLE child (\n  id INTEGER PRIMARY KEY,\n  ward TEXT REFERENCES ward (code)\n);', 'target/schema.sql'),
    ]);
    expect(problems).toEqual([
      { file: 'target/schema.sql', line: 3, message: 'the foreign key child (ward) → ward references ward, which is not in the catalog; the foreign key is left out' },
    ]);
    expect(catalog.tables[0]!.foreignKeys).toEqual([]);
    expect(catalog.tables[0]!.createSql).not.toMatch(/REFERENCES/);
  });

  it('reports keys naming columns or tables that do not exist', () => {
    const { problems } = read(
      [
        'CREATE TABLE p (id INTEGER, PRIMARY KEY (idd));',
        'CREATE TABLE c (id INTEGER, p_id INTEGER, FOREIGN KEY (p_id) REFERENCES p);',
        'ALTER TABLE nowhere ADD CONSTRAINT x PRIMARY KEY (id);',
        'ALTER TABLE c ADD CONSTRAINT y FOREIGN KEY (pid) REFERENCES p (id);',
        'ALTER TABLE c ADD CONSTRAINT z FOREIGN KEY (p_id) REFERENCES p (id, id);',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'target/broken.sql:3: ALTER TABLE nowhere: no table of that name is declared',
      'target/broken.sql:1: the primary key of p names idd, which p does not have',
      'target/broken.sql:2: the foreign key c (p_id) → p names no parent columns and p has no primary key',
      'target/broken.sql:4: the foreign key c (pid) → p names pid, which c does not have',
      'target/broken.sql:5: the foreign key c (p_id) → p pairs 1 column(s) with 2',
    ]);
  });

  it('reports a table declared twice and a second primary key', () => {
    const { problems } = read('CREATE TABLE t (a INTEGER PRIMARY KEY, b INTEGER, PRIMARY KEY (b));\nCREATE TABLE T (c INTEGER);');
    expect(problems).toEqual([
      'target/broken.sql:2: table T is declared twice (first in target/broken.sql:1); the first is kept',
      'target/broken.sql:1: t has more than one primary key; the one in target/broken.sql:1 is kept',
    ]);
  });

  it('reports an unterminated string or comment at the line it starts', () => {
    expect(read("CREATE TABLE t (a TEXT DEFAULT 'x);\n\n").problems).toEqual(['target/broken.sql:1: a quoted string opened here is never closed']);
    expect(read('CREATE TABLE t (a TEXT);\n/* never closed\n').problems).toEqual(['target/broken.sql:2: a /* comment opened here is never closed']);
  });

  it('reports what it does not support instead of guessing', () => {
    expect(read('CREATE TABLE t AS SELECT 1 AS a;').problems).toEqual(['target/broken.sql:1: CREATE TABLE t AS … is not supported: declare its columns']);
    expect(read('CREATE TABLE t (a INTEGER,, b TEXT);').problems).toEqual(['target/broken.sql:1: an empty column definition in t (a stray comma?)']);
    expect(read('CREATE TABLE t (a INTEGER, FOREIGN KEY (a) ward (code));').problems).toEqual(['target/broken.sql:1: expected REFERENCES after FOREIGN KEY (…)']);
  });

  it('reports a file with no table, and a missing file', () => {
    expect(read('CREATE INDEX i ON t (a);').problems).toEqual(['target/broken.sql:undefined: no CREATE TABLE statement found']);
    expect(readDdl([{ path: '/no/such/file.sql', label: 'target/missing.sql' }]).problems).toEqual([
      { file: 'target/missing.sql', message: 'catalog DDL file not found or not readable' },
    ]);
  });
});
