import { z } from 'zod';
import { quoteIdent } from '../../catalog/sqlite-ddl';
import { defineTableRule } from '../rule-definition';

const field = z.string().min(1);

/** `unique`: no two rows of the target table share the fields' values (blanks aside). */
export const uniqueRule = defineTableRule({
  check: 'unique',
  options: z.object({ fields: z.array(field).min(1) }).strict(),
  fields: (o) => o.fields,
  evaluate: (o, db, table) => {
    const columns = o.fields.map(quoteIdent).join(', ');
    const notBlank = o.fields.map((f) => `${quoteIdent(f)} IS NOT NULL AND ${quoteIdent(f)} <> ''`).join(' AND ');
    const checked = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE ${notBlank}`).get() as { n: number }).n;
    const row = db
      .prepare(`SELECT count(*) AS groups, coalesce(sum(n), 0) AS rows FROM (SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE ${notBlank} GROUP BY ${columns} HAVING count(*) > 1)`)
      .get() as { groups: number; rows: number };
    return { checked, failed: row.rows, message: row.groups === 0 ? null : `${row.rows} rows share ${row.groups} values of ${o.fields.join(', ')}` };
  },
  examples: [
    { options: { fields: ['nhs_number'] }, rows: [{ nhs_number: '1' }, { nhs_number: '2' }, { nhs_number: null }, { nhs_number: null }], fails: false },
    { options: { fields: ['nhs_number'] }, rows: [{ nhs_number: '1' }, { nhs_number: '1' }, { nhs_number: '2' }], fails: true },
  ],
});

/** `completeness`: at least `min` (a share, 0 to 1) of the target table's rows have the field filled. */
export const completenessRule = defineTableRule({
  check: 'completeness',
  options: z.object({ field, min: z.number().min(0).max(1) }).strict(),
  fields: (o) => [o.field],
  evaluate: (o, db, table) => {
    const f = quoteIdent(o.field);
    const row = db.prepare(`SELECT count(*) AS n, coalesce(sum(CASE WHEN ${f} IS NULL OR ${f} = '' THEN 1 ELSE 0 END), 0) AS blank FROM ${quoteIdent(table)}`).get() as {
      n: number;
      blank: number;
    };
    const share = row.n === 0 ? 1 : (row.n - row.blank) / row.n;
    const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
    return { checked: row.n, failed: share < o.min ? row.blank : 0, message: share < o.min ? `${o.field} is filled on ${percent(share)} of rows; at least ${percent(o.min)} are needed` : null };
  },
  examples: [
    { options: { field: 'phone', min: 0.5 }, rows: [{ phone: 'a' }, { phone: 'b' }, { phone: null }], fails: false },
    { options: { field: 'phone', min: 0.9 }, rows: [{ phone: 'a' }, { phone: '' }, { phone: null }], fails: true },
  ],
});

/**
 * `references`: every filled value of the field is found in `refField` of `refTable` — a
 * reference the catalog does not declare as a foreign key (a GP practice in a master list).
 */
export const referencesRule = defineTableRule({
  check: 'references',
  options: z.object({ field, refTable: z.string().min(1), refField: z.string().min(1) }).strict(),
  fields: (o) => [o.field],
  evaluate: (o, db, table) => {
    const f = quoteIdent(o.field);
    const checked = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE ${f} IS NOT NULL AND ${f} <> ''`).get() as { n: number }).n;
    const failed = (
      db
        .prepare(
          `SELECT count(*) AS n FROM ${quoteIdent(table)} t WHERE t.${f} IS NOT NULL AND t.${f} <> '' AND NOT EXISTS (SELECT 1 FROM ${quoteIdent(o.refTable)} r WHERE r.${quoteIdent(o.refField)} = t.${f})`,
        )
        .get() as { n: number }
    ).n;
    return { checked, failed, message: failed === 0 ? null : `${failed} rows have a ${o.field} not found in ${o.refTable}.${o.refField}` };
  },
  // Examples refer within one table (a parent row), which is enough to exercise the SQL.
  examples: [
    { options: { field: 'parent', refTable: 't', refField: 'id' }, rows: [{ id: '1', parent: null }, { id: '2', parent: '1' }], fails: false },
    { options: { field: 'parent', refTable: 't', refField: 'id' }, rows: [{ id: '1', parent: '9' }, { id: '2', parent: '1' }], fails: true },
  ],
});
