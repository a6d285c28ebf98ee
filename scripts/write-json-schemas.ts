// Regenerates docs/schemas/*.json from the engine's zod schemas: `npx tsx scripts/write-json-schemas.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectJsonSchemas } from '../main/engine/project/json-schemas';

for (const [name, schema] of Object.entries(projectJsonSchemas())) {
  writeFileSync(join('docs', 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schemas/${name}`);
}
