import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Ids and versions are 32-bit integers in the database; larger numbers are refused as input, not sent to SQL. */
export const MAX_INT = 2_147_483_647;

/** A positive integer id within the database's range written in decimal digits (`0x10`, `1e1`, ` 1` are not), or null. */
export function parseId(value: string): number | null {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(id) && id >= 1 && id <= MAX_INT ? id : null;
}

/**
 * Parses an `:id` path parameter: decimal digits naming a positive integer within the database's
 * range, else 400 naming the parameter. It must get the string the client sent: a number here means
 * a pipe before it already converted `0x10` or ` 1` with Number(), so that is refused too.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    const id = typeof value === 'string' ? parseId(value) : null;
    if (id === null) {
      throw new BadRequestException({ message: `${name} must be a positive integer id`, errors: [{ path: name, message: `${name} must be a positive integer id, got "${value}"` }] });
    }
    return id;
  }
}
