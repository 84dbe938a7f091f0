/**
 * JSON text as an attacker writes it, not only as JSON.stringify would: numbers spelled raw
 * (`1e400`, `9007199254740993`, `-0`), the same key twice, arrays nested thousands deep. Bodies are
 * built as plain values with these markers inside and serialised by toJsonText.
 */

/** A piece of JSON text inserted as it is (a raw number spelling, a deep array). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** An object written as its key/value pairs, so that a key can appear twice. */
export class JsonEntries {
  constructor(readonly entries: [string, unknown][]) {}
}

export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonEntries) return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toJsonText(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether the value holds any marker (then only toJsonText can write it). */
export function isPlainJson(value: unknown): boolean {
  if (value instanceof RawJson || value instanceof JsonEntries) return false;
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (value !== null && typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isPlainJson);
  return true;
}
