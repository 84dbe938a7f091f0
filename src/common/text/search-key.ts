/**
 * The key names are compared by: case-, accent- and spacing-insensitive, so that a checker typing
 * `Sudkoreanischer Geheimdienst` finds `südkoreanischer Geheimdienst`, and `NATO-Sprecherin` matches
 * `Nato Sprecherin`. Stored beside each name so that search is an indexed comparison in SQL.
 */
export function searchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
