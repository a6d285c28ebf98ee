import { z } from 'zod';
import { scenarioSchema } from '../../../preload/contract';
import { dedupFileSchema } from '../dedup/project/dedup-file';
import { contractRowSchema } from '../mapping/contract-schema';
import { gatesSchema } from '../quality/gates-schema';
import { rulesSchema } from '../quality/rules-schema';
import { projectSchema } from './project-schema';

/**
 * JSON Schemas of the project's files, generated from the zod schemas the engine
 * validates with, so the documentation cannot drift from the code.
 */
export function projectJsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'project.schema.json': make(projectSchema, 'project.yaml'),
    'gates.schema.json': make(gatesSchema, 'quality/gates.yaml'),
    'rules.schema.json': make(rulesSchema, 'quality/rules.yaml'),
    'dedup.schema.json': make(dedupFileSchema, 'quality/dedup.yaml'),
    'scenario.schema.json': make(scenarioSchema, 'simulation/*.yaml, a simulation scenario'),
    'contract-row.schema.json': make(contractRowSchema, 'one row of mapping/contract.csv'),
  };
}
