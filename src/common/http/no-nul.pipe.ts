import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** The path of the first string holding a NUL character, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, path ? `${path}.${index}` : String(index));
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * No text in a newsroom has a NUL character, and PostgreSQL cannot store one: refuse it as bad
 * input (400, naming the field) instead of letting the database fail with a 500.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const found = findNul(value, metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '');
    if (found) throw new BadRequestException({ message: `${found} contains a NUL character`, errors: [{ path: found, message: `${found} must not contain NUL characters` }] });
    return value;
  }
}
