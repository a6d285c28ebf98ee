import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogView } from '../../../../../../main/engine/catalog/catalog-view';
import { loadTargetCatalog } from '../../../../../../main/engine/catalog/load-catalog';
import { contractCoverage } from '../../../../../../main/engine/mapping/coverage';
import { readCrosswalks } from '../../../../../../main/engine/mapping/crosswalks';
import { docCrosswalks, type EtlDocInput } from '../../../../../../main/engine/mapping/etl-docs/etl-doc-input';
import { etlHtml } from '../../../../../../main/engine/mapping/etl-docs/html';
import { etlMarkdown } from '../../../../../../main/engine/mapping/etl-docs/markdown';
import { readContract } from '../../../../../../main/engine/mapping/read-contract';
import { initProject } from '../../../../../../main/engine/project/init-project';
import { readYamlOrThrow } from '../../../../../../main/engine/project/read-yaml';
import { projectSchema } from '../../../../../../main/engine/project/project-schema';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

async function demoInput(): Promise<{ dir: string; input: EtlDocInput }> {
  const { dir } = await initProject(tempDir(), { template: 'demo', patients: 30, seed: 7 });
  const config = readYamlOrThrow(join(dir, 'project.yaml'), 'project.yaml', projectSchema);
  const { mappings, problems } = readContract(join(dir, 'mapping/contract.csv'));
  expect(problems).toEqual([]);
  const loaded = loadTargetCatalog(dir, config.target);
  expect(loaded.problems).toEqual([]);
  const input: EtlDocInput = {
    project: { name: config.name, description: config.description },
    generatedAt: '2025-06-30T12:00:00.000Z',
    contractHash: '0123456789ab',
    catalog: catalogView(loaded.catalog, loaded.origin),
    mappings,
    coverage: contractCoverage(loaded.catalog, mappings),
    crosswalks: docCrosswalks(readCrosswalks(dir).crosswalks),
  };
  return { dir, input };
}

describe('ETL documents of the demo project', () => {
  it('cover every LOAD_PATIENT field, the sex crosswalk and the computed counts, and no source data', async () => {
    const { dir, input } = await demoInput();
    const md = etlMarkdown(input);
    const html = etlHtml(input);
    const patient = input.catalog.tables.find((t) => t.name === 'LOAD_PATIENT')!;
    expect(patient.columns.length).toBe(18);

    const mdPatient = md.slice(md.indexOf('## 1. LOAD_PATIENT\n'), md.indexOf('## 2. LOAD_ADMISSION\n'));
    expect(mdPatient.length).toBeGreaterThan(0);
    const htmlPatient = html.slice(html.indexOf('<h2>1. LOAD_PATIENT</h2>'), html.indexOf('<h2>2. LOAD_ADMISSION</h2>'));
    expect(htmlPatient.length).toBeGreaterThan(0);
    for (const column of patient.columns) {
      expect(mdPatient, column.name).toMatch(new RegExp(`^\\| ${column.name}(<br>| \\|)`, 'm'));
      expect(htmlPatient, column.name).toContain(`<span class="field">${column.name}</span>`);
    }

    const sex = input.crosswalks.find((c) => c.name === 'sex')!;
    expect(sex.codes.length).toBeGreaterThanOrEqual(4);
    for (const [source, target] of sex.codes) {
      expect(md).toContain(`| \`${source}\` | \`${target}\` |`);
      expect(html).toContain(`<td><code>${source}</code></td><td><code>${target}</code></td>`);
    }
    expect(md).toContain('- Used by: LOAD_PATIENT.sex_code');

    const t = input.coverage.totals;
    expect(t.fields).toBe(41);
    for (const [label, value] of [['Fields', t.fields], ['Decided', t.decided], ['Unresolved', t.unresolved], ['Required but unresolved', t.requiredUnresolved], ['Approved', t.approved]] as const) {
      expect(md).toContain(`| ${label} | ${value} |`);
      expect(html).toContain(`<b>${value}</b>${label}`);
    }
    for (const table of input.coverage.tables) {
      expect(md).toContain(`| ${table.table} | ${table.fields} | ${table.decided} | ${table.unresolved} | ${table.requiredUnresolved} | ${table.approved} |`);
    }
    expect(md).toMatch(/1\. LOAD_PATIENT\n2\. LOAD_ADMISSION/);

    // Distinctive source values (long enough not to occur by chance) must never reach the documents.
    const [headerLine, ...rows] = readFileSync(join(dir, 'source', 'patients.csv'), 'utf8').trim().split('\n');
    const header = headerLine!.split(',');
    const values = rows.slice(0, 5).flatMap((row) => ['nhs_number', 'date_of_birth'].map((c) => row.split(',')[header.indexOf(c)] ?? ''));
    const distinctive = values.filter((v) => v.length >= 8);
    expect(distinctive.length).toBeGreaterThan(3);
    for (const value of distinctive) {
      expect(md).not.toContain(value);
      expect(html).not.toContain(value);
    }
  });
});
