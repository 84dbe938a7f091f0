/**
 * The key names are compared by: case-, accent- and spacing-insensitive, so that a checker typing
 * `Sudkoreanischer Geheimdienst` finds `südkoreanischer Geheimdienst`, and `NATO-Sprecherin` matches
 * `Nato Sprecherin`. Stored beside each name so that search is an indexed comparison in SQL.
 */
export function searchKey(name: string): string {
  return withoutAccents(name)
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The text without accents and other combining marks: `Südkorea` → `Sudkorea`. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
