import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { WriteTx } from './write-tx';

/** SQLite takes at most 32,766 parameters in one statement; PostgreSQL 65,535. Stay well under both. */
const MAX_PARAMETERS = 8000;

/**
 * Inserts many rows of one entity in as few statements as the parameter limit allows, and answers
 * their generated ids in the order of `rows`. A bulk import writes thousands of claims, index
 * entries and attributions: one statement per row cost more than the extraction itself.
 *
 * The ids come from `RETURNING`, sorted: both databases number the rows of one statement in the
 * order they are processed (SQLite's AUTOINCREMENT under its one writer, PostgreSQL's sequence,
 * which only grows), and they are processed in VALUES order, while the order RETURNING lists them
 * in is not promised. The statement starts with a comment because TypeORM runs a statement that
 * starts with `INSERT` on SQLite without collecting rows.
 */
export async function insertReturningIds<T extends ObjectLiteral>(tx: WriteTx, target: EntityTarget<T>, rows: readonly Partial<T>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const connection = tx.manager.connection;
  const metadata = connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.isGenerated);
  const primary = metadata.primaryColumns[0].databaseName;
  const quote = (name: string) => connection.driver.escape(name);
  const ids: number[] = [];
  for (const chunk of inStatementChunks(rows, columns.length)) {
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        values.push(connection.driver.preparePersistentValue(column.getEntityValue(row), column));
        return tx.dialect === 'postgres' ? `$${values.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    const sql = `/* bulk */ INSERT INTO ${quote(metadata.tableName)} (${columns.map((c) => quote(c.databaseName)).join(', ')}) VALUES ${tuples.join(', ')} RETURNING ${quote(primary)}`;
    const returned = (await tx.manager.query(sql, values)) as Record<string, unknown>[];
    ids.push(...returned.map((row) => Number(row[primary])).sort((a, b) => a - b));
  }
  if (ids.length !== rows.length) throw new Error(`A bulk insert into ${metadata.tableName} returned ${ids.length} ids for ${rows.length} rows`);
  return ids;
}

/** `VALUES (…), (…)` with the dialect's placeholders for `tuples` of `width` parameters each, numbered from `offset`. */
export function valuesList(dialect: WriteTx['dialect'], tuples: number, width: number, casts: readonly string[] = [], offset = 0): string {
  const rows: string[] = [];
  for (let row = 0; row < tuples; row++) {
    const cells: string[] = [];
    for (let cell = 0; cell < width; cell++) {
      const placeholder = dialect === 'postgres' ? `$${offset + row * width + cell + 1}` : '?';
      cells.push(casts[cell] ? `CAST(${placeholder} AS ${casts[cell]})` : placeholder);
    }
    rows.push(`(${cells.join(', ')})`);
  }
  return `VALUES ${rows.join(', ')}`;
}

/** Splits `items` into chunks whose parameters (`width` each) fit one statement. */
export function inStatementChunks<T>(items: readonly T[], width: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / width));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
