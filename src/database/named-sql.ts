import type { EntityManager } from 'typeorm';
import type { Dialect } from './write-tx';

interface Compiled {
  text: string;
  names: string[];
}

const cache = new Map<string, Compiled>();

/**
 * Hand-written SQL for the hottest reads (every request's session lookup, the claim list's pages):
 * `:name` parameters, compiled once per statement text to the dialect's placeholders (`?` for
 * SQLite, `$1…` for PostgreSQL) and run without TypeORM's query builder and entity hydration, which
 * cost more than the query itself at hundreds of requests a second.
 */
export function runNamed<T>(manager: EntityManager, dialect: Dialect, text: string, params: Record<string, unknown>): Promise<T[]> {
  const [sql, values] = compileNamed(dialect, text, params);
  return manager.query(sql, values) as Promise<T[]>;
}

/** The statement in the dialect's placeholders and its values in order (compiled once per text). */
export function compileNamed(dialect: Dialect, text: string, params: Record<string, unknown>): [string, unknown[]] {
  const key = `${dialect}\u0000${text}`;
  let compiled = cache.get(key);
  if (!compiled) {
    const names: string[] = [];
    const compiledText = text.replace(/(?<!:):([a-zA-Z]\w*)/g, (_match, name: string) => {
      names.push(name);
      return dialect === 'postgres' ? `$${names.length}` : '?';
    });
    compiled = { text: compiledText, names };
    cache.set(key, compiled);
  }
  return [compiled.text, compiled.names.map((name) => params[name])];
}

/** `column <this>` matches any of a list parameter: a fixed statement text whatever the list's length. */
export function inList(dialect: Dialect, name: string): string {
  return dialect === 'postgres' ? `= ANY(:${name})` : `IN (SELECT value FROM json_each(:${name}))`;
}

/** The value to pass for a parameter used with inList. */
export function listValue(dialect: Dialect, values: readonly (number | string)[]): unknown {
  return dialect === 'postgres' ? values : JSON.stringify(values);
}
