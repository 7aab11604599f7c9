/**
 * A value read back from a history record as text. Records hold what the application wrote
 * (strings, numbers, booleans, lists, small objects); an object is shown as its JSON, never as
 * "[object Object]".
 */
export function recordedText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}
