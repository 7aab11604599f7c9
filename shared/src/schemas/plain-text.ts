/**
 * Characters no text field may hold: control characters other than tab and line breaks, the C1
 * controls, U+FFFE/U+FFFF and lone surrogates. XML 1.0 cannot carry most of them (a .docx with one is
 * refused by Word and LibreOffice) and terminals act on them (a forged log line). Nobody types them;
 * they arrive pasted from other programs.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');

export const INVALID_CHARACTER_MESSAGE = '含有控制字符等不可见的特殊字符，请删除后重试（可先粘贴到记事本再复制）';

export function hasInvalidCharacter(value: string): boolean {
  return INVALID.test(value);
}

/** The text without those characters (the .docx composer's last line of defence). */
export function stripInvalidCharacters(value: string): string {
  return value.replace(INVALID_ALL, '');
}

/**
 * The path of the first string (or object key) in a request that holds such a character, or null.
 * The API runs it over every body and query before its schema, so no field is left out.
 */
export function findInvalidText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return hasInvalidCharacter(value) ? path : null;
  if (!value || typeof value !== 'object' || depth > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (hasInvalidCharacter(key)) return [...path, key];
    const found = findInvalidText(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
