import { searchKey } from '../common/text/search-key';

/**
 * @mentions in a note: `@` and a colleague's display name written without spaces ("@AnnaSchmidt",
 * "@anna.schmidt" and "@Anna_Schmidt" all name Anna Schmidt), compared without case, accents or
 * punctuation. An @ inside a word (an email address) is no mention. Plain functions.
 */
const MENTION = /(^|[^\p{L}\p{N}@])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,59})/gu;

/** How a display name is written after an @. */
export const mentionKey = (name: string): string => searchKey(name).replace(/ /g, '');

/** The keys of the names mentioned in a text, each once, in order. */
export function mentionedKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const key = mentionKey(match[2].replace(/[._-]+$/, ''));
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The people a text mentions, among those who could be (a mention that names nobody, or two people alike, names no one). */
export function resolveMentions<P extends { id: number; displayName: string }>(text: string, people: readonly P[]): P[] {
  const byKey = new Map<string, P[]>();
  for (const person of people) byKey.set(mentionKey(person.displayName), [...(byKey.get(mentionKey(person.displayName)) ?? []), person]);
  return mentionedKeys(text).flatMap((key) => (byKey.get(key)?.length === 1 ? byKey.get(key)! : []));
}
