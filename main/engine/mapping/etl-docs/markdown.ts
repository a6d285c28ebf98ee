import { MAPPING_CLASSES } from '../../../../preload/contract/mapping-schemas';
import { CLASS_DESCRIPTIONS } from './class-descriptions';
import { escapeMarkdown as md, markdownCode as code } from './escape';
import type { EtlDocInput } from './etl-doc-input';
import { etlDocModel, type EtlDocModel, type FieldEntry, type TableEntry } from './etl-doc-model';
import { COVERAGE_MEASURES, coverageLine, keyRoles, percent, requiredText, ruleParts, statusText, unresolvedFlag } from './etl-doc-text';
import { markdownTable as table } from './markdown-table';

/**
 * The ETL specification as Markdown: how every target field is filled, table by table in
 * load order, with coverage, warnings and the crosswalks. Every value from the project is
 * escaped, so a note cannot break a table or smuggle in HTML.
 */
export function etlMarkdown(input: EtlDocInput): string {
  const model = etlDocModel(input);
  const sections = [header(model), summary(model), loadOrder(model), ...model.tables.map(tableSection), warnings(model), appendix(model)];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function header(m: EtlDocModel): string {
  const facts = [`- Generated: ${md(m.generatedAt)}`, `- Contract hash: ${code(m.contractHash)}`, `- Target catalog: ${md(m.catalogOrigin)}`].join('\n');
  return [`# ETL specification: ${md(m.projectName)}`, m.description ? md(m.description) : '', facts].filter(Boolean).join('\n\n');
}

function summary(m: EtlDocModel): string {
  const t = m.totals;
  const lead =
    `${t.fields} target fields in ${m.tables.length} tables: **${t.decided} decided** (${percent(t.decided, t.fields)}), ` +
    `**${t.unresolved} unresolved**, **${t.requiredUnresolved} required but unresolved**, **${t.approved} approved**.`;
  const measures = table(['Measure', 'Count'], COVERAGE_MEASURES.map((x) => [x.label, String(t[x.key])]));
  const classes = table(['Class', 'Fields', 'Meaning'], MAPPING_CLASSES.map((c) => [c, String(t.byClass[c]), md(CLASS_DESCRIPTIONS[c])]));
  const statuses = table(
    ['Review status', 'Fields'],
    [
      ['approved', String(m.statuses.approved)],
      ['review', String(m.statuses.review)],
      ['draft', String(m.statuses.draft)],
      ['no contract row', String(m.statuses.missing)],
    ],
  );
  const perTable = table(
    ['Table', ...COVERAGE_MEASURES.map((x) => x.label)],
    m.tables.map((tb) => [md(tb.name), ...COVERAGE_MEASURES.map((x) => (tb.coverage ? String(tb.coverage[x.key]) : ''))]),
  );
  const blocking =
    t.requiredUnresolved > 0
      ? `**The load is blocked: ${t.requiredUnresolved} required ${t.requiredUnresolved === 1 ? 'field is' : 'fields are'} unresolved.**`
      : '';
  return ['## Summary', lead, blocking, measures, '### By class', classes, '### By review status', statuses, '### By table', perTable].filter(Boolean).join('\n\n');
}

function loadOrder(m: EtlDocModel): string {
  const items = m.tables.map((t, i) => `${i + 1}. ${md(t.name)}${t.loadsAfter.length > 0 ? ` (after ${t.loadsAfter.map(md).join(', ')})` : ''}`);
  return ['## Load order', 'Tables load parents first, so every foreign key points at rows already loaded.', items.join('\n')].join('\n\n');
}

function tableSection(t: TableEntry, index: number): string {
  const facts = [
    t.coverage ? `Coverage: ${coverageLine(t.coverage)}` : 'Coverage: not computed for this table',
    `Primary key: ${t.primaryKey.length > 0 ? t.primaryKey.map(md).join(', ') : 'none'}`,
  ];
  const unresolved = t.fields.filter((f) => f.unresolved);
  if (unresolved.length > 0) facts.push(`**Unresolved: ${unresolved.map((f) => md(f.field)).join(', ')}**`);
  const rows = t.fields.map(fieldRow);
  const headers = ['Target field', 'Type', 'Required', 'Class', 'Source', 'Expression / crosswalk / default', 'Status', 'Notes', 'Contract line'];
  return [`## ${index + 1}. ${md(t.name)}`, facts.map((f) => `- ${f}`).join('\n'), table(headers, rows)].join('\n\n');
}

function fieldRow(f: FieldEntry): string[] {
  const flag = unresolvedFlag(f);
  const name = [flag ? `**${md(f.field)}**` : md(f.field), ...keyRoles(f).map(md)].join('<br>');
  const cls = flag ? `**${md(flag)}**` : f.class;
  const rule = ruleParts(f)
    .map((p) => `${p.label}: ${p.code ? code(p.value) : md(p.value)}${p.missing ? ' **(missing)**' : ''}`)
    .join('<br>');
  return [name, md(f.type), md(requiredText(f)), cls, f.source ? md(f.source) : '', rule, md(statusText(f)), md(f.notes), f.line === null ? '' : String(f.line)];
}

function warnings(m: EtlDocModel): string {
  const parts: string[] = [];
  if (m.unknown.length > 0) {
    parts.push(
      '## Warning: contract rows for fields the catalog does not have',
      'These rows fill nothing: the target has no such table or field. Fix the name or remove the row.',
      table(
        ['Line', 'Target table', 'Target field', 'Class', 'Problem'],
        m.unknown.map((u) => [String(u.line), md(u.targetTable), md(u.targetField), u.class ?? '', md(u.reason)]),
      ),
    );
  }
  if (m.missingCrosswalks.length > 0) {
    parts.push(
      '## Warning: crosswalks the contract names but the project does not have',
      table(['Crosswalk', 'Used by'], m.missingCrosswalks.map((c) => [md(c.name), c.usedBy.map(md).join(', ')])),
    );
  }
  return parts.join('\n\n');
}

function appendix(m: EtlDocModel): string {
  if (m.crosswalks.length === 0) return '## Appendix: crosswalks\n\nThe project has no crosswalks.';
  const sections = m.crosswalks.map((c) => {
    const facts = [
      `- File: ${md(c.file)}`,
      `- Codes: ${c.shown.length + c.more}`,
      `- Used by: ${c.usedBy.length > 0 ? c.usedBy.map(md).join(', ') : 'no contract row'}`,
    ].join('\n');
    const codes = table(['Source code', 'Target code'], c.shown.map(([s, t]) => [code(s), code(t)]));
    const more = c.more > 0 ? `… and ${c.more} more codes (see ${md(c.file)}).` : '';
    return [`### ${md(c.name)}`, facts, codes, more].filter(Boolean).join('\n\n');
  });
  return ['## Appendix: crosswalks', ...sections].join('\n\n');
}
