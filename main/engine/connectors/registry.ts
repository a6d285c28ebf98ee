import type { IdentifierFlag } from '../profile/identifier-flags';
import type { SourceConnectorDefinition, TargetConnectorDefinition } from './connector';
import { csvSource } from './csv/csv-connector';
import { jsonSource } from './json/json-connector';
import { fhirSource } from './fhir/fhir-source';
import { hl7v2Source } from './hl7v2/hl7v2-source';
import { sqliteSource } from './sqlite/sqlite-connector';
import { xlsxSource } from './xlsx/xlsx-connector';
import { csvTarget } from './targets/csv-target-connector';
import { fhirNdjsonTarget } from './targets/fhir-ndjson-target-connector';
import { sqliteTarget } from './targets/sqlite-target-connector';

/** A source connector of any config, as the registry holds it. */
export type AnySourceConnector = SourceConnectorDefinition<{ path: string }>;

/** A target connector of any config, as the registry holds it. */
export type AnyTargetConnector = TargetConnectorDefinition<{ path: string }>;

/**
 * Every source connector the app offers, in the order the UI lists them. Adding one here
 * adds its config to project.yaml's `sources[]` (see project/project-schema.ts).
 */
export const sourceConnectors: readonly AnySourceConnector[] = [
  csvSource,
  jsonSource,
  sqliteSource,
  xlsxSource,
  fhirSource,
  hl7v2Source,
];

/** Every target connector the app offers, in the order the UI lists them. */
export const targetConnectors: readonly AnyTargetConnector[] = [
  sqliteTarget,
  csvTarget,
  fhirNdjsonTarget,
];

/** The source connector with this id, if there is one. */
export function findSource(id: string): AnySourceConnector | undefined {
  return sourceConnectors.find((connector) => connector.id === id);
}

/** The target connector with this id, if there is one. */
export function findTarget(id: string): AnyTargetConnector | undefined {
  return targetConnectors.find((connector) => connector.id === id);
}

/** What a source type's format says identifies a person in one of its tables; nothing for most formats. */
export function knownIdentifiers(type: string, table: string): (column: string) => IdentifierFlag | null {
  const declared = findSource(type)?.identifyingColumn;
  return declared ? (column) => declared(table, column) : () => null;
}
