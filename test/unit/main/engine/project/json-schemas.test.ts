import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectJsonSchemas } from '../../../../../main/engine/project/json-schemas';

const root = join(__dirname, '..', '..', '..', '..', '..');

function keysOf(schema: Record<string, unknown>, prefix = ''): string[] {
  // A discriminated union (sources[], one member per connector) documents the keys of every member.
  const members = (schema.oneOf ?? schema.anyOf) as Record<string, unknown>[] | undefined;
  if (members) return [...new Set(members.flatMap((member) => keysOf(member, prefix)))];
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    const items = child.items as Record<string, unknown> | undefined;
    if (items?.properties || items?.oneOf) return [path, ...keysOf(items, `${path}[].`)];
    if (child.properties) return [path, ...keysOf(child, `${path}.`)];
    return [path];
  });
}

describe('the project format documentation', () => {
  it('ships JSON Schemas identical to the ones generated from the code', () => {
    for (const [name, schema] of Object.entries(projectJsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(root, 'docs', 'schemas', name), 'utf8'));
      expect(committed, `${name} is stale: run npx tsx scripts/write-json-schemas.ts`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('documents every key of project.yaml', () => {
    const doc = readFileSync(join(root, 'docs', 'project-format.md'), 'utf8');
    const keys = keysOf(projectJsonSchemas()['project.schema.json'] as Record<string, unknown>);
    expect(keys).toContain('sources[].encoding');
    for (const key of keys) expect(doc, key).toContain(`\`${key}\``);
  });
});
