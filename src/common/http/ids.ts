import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Ids and versions are 32-bit integers in the database; larger numbers are refused as input, not sent to SQL. */
export const MAX_INT = 2_147_483_647;

/** A positive integer id within the database's range, or null. */
export function parseId(value: string): number | null {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(id) && id >= 1 && id <= MAX_INT ? id : null;
}

/** Parses an `:id` path parameter: a positive integer within the database's range, else 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    const id = parseId(value);
    if (id === null) {
      throw new BadRequestException({ message: `${name} must be a positive integer id`, errors: [{ path: name, message: `${name} must be a positive integer id, got "${value}"` }] });
    }
    return id;
  }
}
