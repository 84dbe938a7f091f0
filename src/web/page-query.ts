import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/**
 * Filters arrive from plain GET forms: empty fields are "no filter", not invalid input, and an
 * invalid one is shown on the page instead of failing it. Validated by the API's own query DTO.
 */
export async function pageQuery<T extends object>(dto: new () => T, raw: Record<string, unknown>, keys: (keyof T & string)[]): Promise<{ query: T; filters: Partial<Record<string, string>>; problem: string | null }> {
  const filters: Partial<Record<string, string>> = {};
  for (const key of keys) {
    const value = raw[key];
    // A NUL character is no filter anyone typed (and PostgreSQL cannot compare it): drop it.
    if (typeof value === 'string' && value.trim() !== '' && !value.includes('\u0000')) filters[key] = value.trim();
  }
  const query = plainToInstance(dto, filters);
  const errors = await validate(query, { whitelist: true });
  if (errors.length === 0) return { query, filters, problem: null };
  const problem = errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; ');
  // The page says "these filters were ignored" in the reader's language; the validators' own words follow.
  return { query: plainToInstance(dto, {}), filters, problem };
}
