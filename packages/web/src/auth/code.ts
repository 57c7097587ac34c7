/** Codes are often typed with spaces ("123 456") or pasted with line breaks. */
export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '');
}
