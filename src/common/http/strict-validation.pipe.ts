import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';

/** How a number is written in a path or a query string: decimal digits, nothing else. */
export const DECIMAL_DIGITS = /^\d+$/;

function notDecimal(path: string, raw: unknown): BadRequestException {
  const shown = Array.isArray(raw) ? raw.join(',') : String(raw);
  const message = `${path} must be written in plain decimal digits, got "${shown}"`;
  return new BadRequestException({ message: `The request is invalid: ${message}`, errors: [{ path, message }] });
}

/**
 * The global ValidationPipe, strict about numbers that arrive as text. Its `transform` option turns
 * strings into numbers with JavaScript's Number(): `0x10` became 16, `1e1`, `+10` and ` 10` became
 * 10, so /api/articles/0x10 answered article 16 and DELETE /api/articles/%201 deleted article 1.
 * - Path parameters are left as the client sent them: each has its own pipe (ParseIdPipe), which
 *   must see the raw string to refuse it.
 * - Query DTOs are converted as before (`@Type(() => Number)`), then every field that became a
 *   number must have been sent as decimal digits, or the request is refused with 400 naming it.
 */
export class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result = await super.transform(value, metadata);
    if (metadata.type === 'query' && value && typeof value === 'object' && result && typeof result === 'object') {
      const raw = value as Record<string, unknown>;
      for (const [key, converted] of Object.entries(result)) {
        if (typeof converted === 'number' && raw[key] !== undefined && !(typeof raw[key] === 'string' && DECIMAL_DIGITS.test(raw[key]))) {
          throw notDecimal(metadata.data ? `${metadata.data}.${key}` : key, raw[key]);
        }
      }
    }
    return result;
  }

  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'param') return value;
    if (metadata.type === 'query' && metadata.metatype === Number && value !== undefined && !(typeof value === 'string' && DECIMAL_DIGITS.test(value))) {
      throw notDecimal(metadata.data ?? 'query', value);
    }
    return super.transformPrimitive(value, metadata);
  }
}
