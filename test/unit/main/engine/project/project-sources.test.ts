import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceConnectors } from '../../../../../main/engine/connectors/registry';
import { inspectProject } from '../../../../../main/engine/project/inspect-project';
import { sourceSchema } from '../../../../../main/engine/project/project-schema';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

function withSources(dir: string, sources: string): string {
  const text = readFileSync(join(dir, 'project.yaml'), 'utf8').replace(/sources:\n(?: {2}.*\n)+/, `sources:\n${sources}`);
  writeFileSync(join(dir, 'project.yaml'), text);
  return text;
}

describe('project.yaml sources', () => {
  it('accepts every registered connector by its type, with its own options', () => {
    for (const connector of sourceConnectors) {
      expect(sourceSchema.safeParse({ id: 'x', type: connector.id, path: 'p' }).success, connector.id).toBe(true);
    }
    expect(sourceSchema.parse({ id: 'x', type: 'csv', path: 'p', delimiter: ';', encoding: 'windows-1252', header: false })).toMatchObject({ delimiter: ';' });
    expect(sourceSchema.safeParse({ id: 'x', type: 'json', path: 'p', delimiter: ';' }).success).toBe(false);
  });

  it('names an unknown type with its line and the known types', async () => {
    const dir = demoProjectWith({});
    const text = withSources(dir, '  - id: pas\n    type: parquet\n    path: source\n');
    const { problems } = await inspectProject(dir);
    const line = text.split('\n').findIndex((l) => l.includes('parquet')) + 1;
    expect(problems).toEqual([
      { file: 'project.yaml', line, field: 'sources.0.type', message: `unknown source type; known types: ${sourceConnectors.map((c) => c.id).join(', ')}` },
    ]);
  });

  it('names an option the connector does not take, with its line', async () => {
    const dir = demoProjectWith({});
    withSources(dir, '  - id: pas\n    type: csv\n    path: source\n    delimitr: ";"\n');
    const { problems } = await inspectProject(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'project.yaml', field: 'sources.0', message: expect.stringMatching(/delimitr/) })]);
  });

  it('discovers tables through the connectors with their row estimates, and locates a bad file', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002')] });
    writeFileSync(join(dir, 'source', 'extra.csv'), 'a,b\n"1,2\n');
    writeFileSync(join(dir, 'source', 'photo.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0, 0, 0]));
    const { project, problems } = await inspectProject(dir);
    expect(project?.sourceTables.find((t) => t.name === 'patients')).toMatchObject({ sourceId: 'pas', rowEstimate: 2, source: { type: 'csv', path: 'source' } });
    expect(problems).toEqual([
      { file: 'source/photo.csv', line: 2, message: 'this is not a text file (binary content: NUL or control bytes); is it really a CSV export?' },
    ]);
    // A quote left open after the header is found when the table is read, with its line.
    expect(project?.sourceTables.map((t) => t.name)).toContain('extra');
  });
});
