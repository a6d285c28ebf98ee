/** A value parsed from JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** An object parsed from JSON. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Tells whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
