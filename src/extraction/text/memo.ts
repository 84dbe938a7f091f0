/**
 * A bounded memo for pure functions of one string (word stems, noun look-ups). News text repeats
 * its words, so this saves most of the work; the cache is dropped when full, so memory stays flat.
 */
export function memo<T>(fn: (key: string) => T, max = 20000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
