import type { CellValue } from '../connector';
import { isJsonObject, type JsonValue } from './json-value';

const IDENTIFIER_TYPE_SYSTEMS = new Set(['http://terminology.hl7.org/CodeSystem/v2-0203', 'http://hl7.org/fhir/v2/0203']);

/** Identifier systems that say what they are without a type coding. */
const KNOWN_SYSTEMS: Record<string, string> = {
  'https://fhir.nhs.uk/Id/nhs-number': 'nhs',
  'http://hl7.org/fhir/sid/us-ssn': 'ss',
  'http://hl7.org/fhir/sid/us-npi': 'npi',
  'http://hl7.org/fhir/sid/us-mbi': 'mbi',
};

const KIND = /^[A-Za-z][A-Za-z0-9]{0,11}$/;

function kindOf(identifier: Record<string, JsonValue>): string | null {
  const type = identifier['type'];
  const codings = isJsonObject(type) && Array.isArray(type['coding']) ? type['coding'] : [];
  for (const coding of codings) {
    if (!isJsonObject(coding) || typeof coding['code'] !== 'string' || typeof coding['system'] !== 'string') continue;
    if (IDENTIFIER_TYPE_SYSTEMS.has(coding['system']) && KIND.test(coding['code'])) return coding['code'].toLowerCase();
  }
  const system = identifier['system'];
  return typeof system === 'string' ? (KNOWN_SYSTEMS[system] ?? null) : null;
}

/**
 * Identifier values under names a mapping can rely on: `identifier_<type>` where the type
 * is the identifier's HL7 v2-0203 type code in lower case (`identifier_mr`, `identifier_ss`,
 * `identifier_dl`, `identifier_ppn`), or, without a type coding, a well-known system
 * (`identifier_nhs`, `identifier_ss`, `identifier_npi`, `identifier_mbi`). The first
 * identifier of a kind wins. These come on top of the positional `identifier_0_value`… columns.
 */
export function namedIdentifiers(identifiers: JsonValue | undefined): Record<string, CellValue> {
  const named: Record<string, CellValue> = {};
  if (!Array.isArray(identifiers)) return named;
  for (const identifier of identifiers) {
    if (!isJsonObject(identifier) || typeof identifier['value'] !== 'string') continue;
    const kind = kindOf(identifier);
    if (kind && !(`identifier_${kind}` in named)) named[`identifier_${kind}`] = identifier['value'];
  }
  return named;
}
